package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.selection.Decision;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * The applicant's side: what was decided on their application, and their answer to an offered place
 * before its deadline. A declined place goes to the next person on the waitlist.
 */
public interface AnswerPlaceUseCase {

    /** Empty if the person has no submitted application for that edition. */
    Optional<MyPlace> place(PersonId person, int year);

    /** @throws org.defendersdays.conference.domain.selection.SelectionRuleViolation if there is no open offer */
    void confirm(PersonId person, int year);

    /** @throws org.defendersdays.conference.domain.selection.SelectionRuleViolation if there is no place to give back */
    void decline(PersonId person, int year);

    /** @param decision empty while the application waits for a decision */
    record MyPlace(int year, Optional<Decision> decision) {
    }
}
