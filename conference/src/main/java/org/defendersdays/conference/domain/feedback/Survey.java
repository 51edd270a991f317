package org.defendersdays.conference.domain.feedback;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.programme.SessionId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A feedback survey: for the whole edition (no session) or for one session of its programme. It
 * opens when what it is about has ended.
 *
 * @param id the edition's id for the conference survey, the session's id for a session's survey
 * @param session the session asked about, if any
 * @param title what the survey is about, as shown (the session's title; empty for the conference)
 * @param endsAt when what it is about ends
 */
public record Survey(UUID id, Optional<SessionId> session, Optional<String> title, ZonedDateTime endsAt)
        implements ValueObject {

    public Survey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    public boolean isAboutTheWholeConference() {
        return session.isEmpty();
    }

    /** Whether answers are taken at that moment: only once what it is about is over. */
    public boolean isOpenAt(Instant now) {
        return !now.isBefore(endsAt.toInstant());
    }
}
