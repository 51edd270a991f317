package org.defendersdays.conference.domain.programme;

import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Why a session cannot go where the admin put it, naming the other session (and person) involved,
 * so the admin can resolve it. Each kind says which form field it concerns and has a message key.
 */
public record ScheduleConflict(Kind kind, Optional<SessionId> other, Optional<SpeakerId> person)
        implements ValueObject {

    public enum Kind {
        /** The session's day is not one of the edition's days. */
        OUTSIDE_EDITION_DAYS("day"),
        /** Another session uses the room at the same time. */
        ROOM_DOUBLE_BOOKED("room"),
        /** A person of this session leads or speaks in another one at the same time. */
        PERSON_DOUBLE_BOOKED("contributors"),
        /** The earlier part named is not a workshop of this edition. */
        PREVIOUS_PART_UNKNOWN("continues"),
        /** The session would start before its earlier part has ended. */
        BEFORE_PREVIOUS_PART("continues"),
        /** The session's later part would start before this one has ended. */
        AFTER_NEXT_PART("slot"),
        /** Another session already continues the earlier part named. */
        PREVIOUS_PART_ALREADY_CONTINUED("continues"),
        /** The parts would form a circle (part 1 continuing part 2). */
        PARTS_IN_A_CIRCLE("continues");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return "programme.conflict." + name();
        }
    }

    public ScheduleConflict {
        Objects.requireNonNull(kind, "kind");
        other = other == null ? Optional.empty() : other;
        person = person == null ? Optional.empty() : person;
    }

    static ScheduleConflict of(Kind kind) {
        return new ScheduleConflict(kind, Optional.empty(), Optional.empty());
    }

    static ScheduleConflict with(Kind kind, SessionId other) {
        return new ScheduleConflict(kind, Optional.of(other), Optional.empty());
    }

    static ScheduleConflict with(Kind kind, SessionId other, SpeakerId person) {
        return new ScheduleConflict(kind, Optional.of(other), Optional.of(person));
    }
}
