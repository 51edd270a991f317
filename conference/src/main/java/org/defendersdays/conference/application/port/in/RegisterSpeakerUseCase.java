package org.defendersdays.conference.application.port.in;

import java.util.Map;

import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;

/**
 * Records a trainer, panellist or speaker together with the consents they already gave, in one step
 * and without an acting admin: how seeded data (the demo programme) brings its people. The back
 * office adds speakers and records consents one by one, audited ({@link AddSpeakerUseCase} and the
 * others).
 */
public interface RegisterSpeakerUseCase {

    SpeakerId register(SpeakerProfile profile, Map<ProfileField, Consent> consents);
}
