package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.programme.SpeakerId;

/** Organisers add a trainer, panellist or speaker, shown nowhere until consents are recorded. */
public interface AddSpeakerUseCase {

    SpeakerId add(AddSpeakerCommand command);
}
