package org.defendersdays.conference.domain.programme;

import java.util.Objects;

import org.defendersdays.conference.domain.EditionId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * One session of an edition's programme: a workshop, panel, keynote and so on. Whether it fits the
 * rest of the schedule is not its own business but the {@link ScheduleCheck}'s, which sees the
 * whole programme; a session is stored only once that check finds nothing.
 */
public class ProgrammeSession implements AggregateRoot<ProgrammeSession, SessionId> {

    private final SessionId id;
    private final EditionId edition;
    private SessionDetails details;
    private final Long version;

    private ProgrammeSession(SessionId id, EditionId edition, SessionDetails details, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.details = Objects.requireNonNull(details, "details");
        if (details.continues().filter(id::equals).isPresent()) {
            throw new ProgrammeRuleViolation("continues", "programme.session.continuesItself");
        }
        this.version = version;
    }

    public static ProgrammeSession plan(SessionId id, EditionId edition, SessionDetails details) {
        return new ProgrammeSession(id, edition, details, null);
    }

    /** Rebuilds a stored session; persistence adapters only. */
    public static ProgrammeSession rehydrate(SessionId id, EditionId edition, SessionDetails details, Long version) {
        return new ProgrammeSession(id, edition, details, version);
    }

    public void revise(SessionDetails revised) {
        Objects.requireNonNull(revised, "revised");
        if (revised.continues().filter(id::equals).isPresent()) {
            throw new ProgrammeRuleViolation("continues", "programme.session.continuesItself");
        }
        this.details = revised;
    }

    @Override
    public SessionId getId() {
        return id;
    }

    public SessionId id() {
        return id;
    }

    public EditionId edition() {
        return edition;
    }

    public SessionDetails details() {
        return details;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
