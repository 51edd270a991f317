package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;

/**
 * Change a stored session, as the admin saw it at {@code version}: if it changed since, nothing is
 * saved ({@link StaleProgrammeEdit}).
 */
public record ReviseSessionCommand(EditionId edition, SessionId session, long version, SessionDetails details) {

    public ReviseSessionCommand {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(details, "details");
    }
}
