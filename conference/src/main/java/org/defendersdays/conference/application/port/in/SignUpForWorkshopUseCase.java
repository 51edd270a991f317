package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A confirmed participant signs up for a workshop of an edition whose programme is published, or
 * leaves one. A seat is given while one is free, a waitlist place otherwise (first come, first
 * served); leaving frees the seat for the first person waiting, who is told by mail.
 */
public interface SignUpForWorkshopUseCase {

    /**
     * @return the place taken in the workshop (its first part, for a multi-part one)
     * @throws UnknownEdition if no edition of that year has a published programme
     * @throws UnknownWorkshop if the session is not a workshop of that edition
     * @throws NotAConfirmedParticipant if the person holds no confirmed place at the edition
     * @throws org.defendersdays.conference.domain.workshop.SignUpRefused for a second sign-up, a time
     *         clash, or a later part of a multi-part workshop
     */
    Place signUp(PersonId person, int year, SessionId workshop);

    /**
     * Gives up the person's place (or waitlist place) in the workshop, every part of it.
     *
     * @throws org.defendersdays.conference.domain.workshop.SignUpRefused (NOT_SIGNED_UP) if they hold none
     */
    void leave(PersonId person, int year, SessionId workshop);
}
