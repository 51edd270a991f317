package org.defendersdays.conference.domain.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A recorded consent to show one profile field: when it was given, which admin recorded it, and how
 * it was given (such as "signed form, 2 March"), so it can be shown later that it was.
 */
public record Consent(Instant givenAt, PersonId recordedBy, Optional<String> how) implements ValueObject {

    public static final int HOW_MAX = 200;

    public Consent {
        Objects.requireNonNull(givenAt, "givenAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        how = Text.optional("how", how == null ? null : how.orElse(null), HOW_MAX, false);
    }
}
