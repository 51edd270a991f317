package org.defendersdays.conference.domain.selection;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.jmolecules.ddd.annotation.ValueObject;

/** What an applicant is told about their application: the kind of news and the facts it needs, nothing sensitive. */
@ValueObject
public record SelectionNotice(Kind kind, int year, Optional<Instant> confirmBy, OptionalInt rank) {

    public enum Kind {
        ACCEPTED, WAITLISTED, DECLINED, PROMOTED, CONFIRMED, PLACE_DECLINED, EXPIRED
    }

    public SelectionNotice {
        Objects.requireNonNull(kind, "kind");
    }

    public static SelectionNotice of(Kind kind, int year) {
        return new SelectionNotice(kind, year, Optional.empty(), OptionalInt.empty());
    }
}
