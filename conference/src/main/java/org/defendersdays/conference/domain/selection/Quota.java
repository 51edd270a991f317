package org.defendersdays.conference.domain.selection;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** Places per region of work: a hard {@code QUOTA} (at most) or a {@code TARGET} (aim for at least). */
@ValueObject
public record Quota(String region, Kind kind, int places) {

    public enum Kind {
        QUOTA, TARGET
    }

    public Quota {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isHard() {
        return kind == Kind.QUOTA;
    }
}
