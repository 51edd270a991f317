package org.defendersdays.conference.domain.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * When a session runs: one day, from a start to an end time, in the conference's own time zone
 * (Stockholm), which is what the printed programme and every calendar export show.
 */
public record TimeSlot(LocalDate day, LocalTime start, LocalTime end) implements ValueObject, Comparable<TimeSlot> {

    /** Where Defenders' Days takes place, so the zone every slot is in. */
    public static final ZoneId CONFERENCE_ZONE = ZoneId.of("Europe/Stockholm");

    public TimeSlot {
        if (day == null) {
            throw new ProgrammeRuleViolation("day", "programme.slot.dayRequired");
        }
        if (start == null) {
            throw new ProgrammeRuleViolation("start", "programme.slot.startRequired");
        }
        if (end == null) {
            throw new ProgrammeRuleViolation("end", "programme.slot.endRequired");
        }
        if (!end.isAfter(start)) {
            throw new ProgrammeRuleViolation("end", "programme.slot.endNotAfterStart");
        }
    }

    /** Whether the two slots share any moment (one ending as the other starts do not). */
    public boolean overlaps(TimeSlot other) {
        Objects.requireNonNull(other, "other");
        return day.equals(other.day) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether this slot is over by the time the other starts. */
    public boolean endsBy(TimeSlot other) {
        return !endMoment().isAfter(other.startMoment());
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    public ZonedDateTime startMoment() {
        return ZonedDateTime.of(day, start, CONFERENCE_ZONE);
    }

    public ZonedDateTime endMoment() {
        return ZonedDateTime.of(day, end, CONFERENCE_ZONE);
    }

    @Override
    public int compareTo(TimeSlot other) {
        int byDay = day.compareTo(other.day);
        if (byDay != 0) {
            return byDay;
        }
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
