package org.defendersdays.conference.application.port.in;

/** Organisers record that a person withdrew consent to one field. */
public interface WithdrawConsentUseCase {

    /**
     * @return whether there was a consent to withdraw
     * @throws UnknownSpeaker if there is no such speaker
     * @throws StaleSpeaker if the speaker changed since the given version
     */
    boolean withdrawConsent(WithdrawConsentCommand command);
}
