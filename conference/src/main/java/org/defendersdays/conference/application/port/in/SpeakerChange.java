package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.programme.SpeakerId;

/**
 * What every change to a stored speaker names: which speaker, and the version the admin saw. A
 * change to any other version is refused with {@link StaleSpeaker}.
 */
public interface SpeakerChange {

    SpeakerId speaker();

    long version();
}
