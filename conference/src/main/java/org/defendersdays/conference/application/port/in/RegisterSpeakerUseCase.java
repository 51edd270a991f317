package org.defendersdays.conference.application.port.in;

import java.util.Map;

import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;

/**
 * Records a trainer, panellist or speaker with the consents they gave, so sessions can name them.
 * (The speaker pages of the back office bring the full set of speaker use cases; this one is what
 * the programme needs to be filled, such as by the demo data.)
 */
public interface RegisterSpeakerUseCase {

    SpeakerId register(SpeakerProfile profile, Map<ProfileField, Consent> consents);
}
