package org.defendersdays.conference.application.port.in;

import org.defendersdays.sharedkernel.identity.PersonId;

/** Organisers record a person's consent to one field of their profile being shown. */
public interface RecordConsentUseCase {

    /**
     * @param recordedBy the admin recording it
     * @throws UnknownSpeaker if there is no such speaker
     * @throws StaleSpeaker if the speaker changed since the given version
     * @throws org.defendersdays.conference.domain.programme.ProgrammeRuleViolation if "how" is too long
     */
    void recordConsent(PersonId recordedBy, RecordConsentCommand command);
}
