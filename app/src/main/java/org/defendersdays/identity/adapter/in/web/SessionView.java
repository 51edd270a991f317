package org.defendersdays.identity.adapter.in.web;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.defendersdays.identity.application.port.in.ManageMySessionsUseCase.SessionSummary;

/** A session as the account page shows it; times in UTC, since the platform does not ask where people are. */
record SessionView(String handle, ZonedDateTime signedInAt, ZonedDateTime lastActiveAt, boolean current) {

    static SessionView of(SessionSummary session) {
        return new SessionView(session.handle(), session.signedInAt().atZone(ZoneOffset.UTC),
                session.lastActiveAt().atZone(ZoneOffset.UTC), session.current());
    }
}
