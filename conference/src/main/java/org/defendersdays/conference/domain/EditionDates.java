package org.defendersdays.conference.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** The days an edition runs, first and last day included. */
public record EditionDates(LocalDate start, LocalDate end) implements ValueObject {

    public EditionDates {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new EditionRuleViolation("edition.dates.endBeforeStart");
        }
        if (ChronoUnit.DAYS.between(start, end) > 31) {
            throw new EditionRuleViolation("edition.dates.tooLong");
        }
    }

    public boolean liesIn(int year) {
        return start.getYear() == year;
    }
}
