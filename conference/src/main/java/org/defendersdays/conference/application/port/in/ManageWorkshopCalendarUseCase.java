package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.CalendarToken;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A person's private calendar feed of their confirmed workshops, at an address holding a secret
 * token. Making a new one replaces (and so revokes) the old; revoking leaves none.
 */
public interface ManageWorkshopCalendarUseCase {

    /** Makes a new token for the person, replacing any earlier one; it is shown to them once. */
    CalendarToken replaceCalendarToken(PersonId person);

    void revokeCalendarToken(PersonId person);

    /** The confirmed workshops of whoever holds the token, by edition year; empty if the token is unknown. */
    Optional<List<FeedEdition>> calendarFeed(String token);

    record FeedEdition(int year, List<SessionId> workshops) {
    }
}
