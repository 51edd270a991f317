package org.defendersdays.conference.application.port.out;

import java.util.List;
import java.util.Map;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SeatStatus;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Places in workshops. {@link #take} and {@link #giveUp} keep a workshop's capacity exact however
 * many people sign up at once: the store serialises them on the workshop (a row lock), never by a
 * count read earlier. Both run inside the caller's transaction.
 */
public interface WorkshopSeats {

    /**
     * Holds the person's workshop programme until the transaction ends, so two sign-ups of the same
     * person (two tabs) cannot both pass the time-clash check.
     */
    void holdProgrammeOf(PersonId person);

    /**
     * Takes a seat in every part of the series if each has one free, otherwise a place at the end of
     * its waitlist, all while holding the parts' rows.
     *
     * @param series the parts, first part first
     * @throws org.defendersdays.conference.domain.workshop.SignUpRefused (ALREADY_SIGNED_UP) if the
     *         person holds a place already
     */
    SeatStatus take(PersonId person, EditionId edition, List<SessionId> series);

    /**
     * Gives up the person's places in the series, then promotes people from the waitlist in order
     * of arrival while seats are free, in the same transaction.
     *
     * @return the people promoted, in order
     * @throws org.defendersdays.conference.domain.workshop.SignUpRefused (NOT_SIGNED_UP) if they held none
     */
    List<PersonId> giveUp(PersonId person, List<SessionId> series);

    /** The person's places at the edition, waitlisted ones with their current position. */
    List<Place> placesOf(PersonId person, EditionId edition);

    /** Seats taken and waitlist length per workshop of the edition that has any. */
    Map<SessionId, SeatLoad> loadOf(EditionId edition);

    /** The workshops in which the person holds a confirmed seat, at any edition. */
    List<SessionId> confirmedOf(PersonId person);

    record SeatLoad(int confirmed, int waitlisted) {
    }
}
