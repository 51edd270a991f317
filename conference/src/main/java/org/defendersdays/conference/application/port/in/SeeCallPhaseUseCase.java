package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.application.CallPhase;

/** Whether a public edition has a call for applications, and whether it is open now. */
public interface SeeCallPhaseUseCase {

    /** Empty when the edition is not public or has no call. */
    Optional<CallPhase> callPhase(int year);
}
