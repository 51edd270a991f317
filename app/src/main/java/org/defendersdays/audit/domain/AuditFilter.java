package org.defendersdays.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Which audit records to show; every criterion is optional and they all apply together. Searched
 * values are codes, so they are held to the same alphabet as the codes in an entry, which also keeps
 * wildcard characters out of the action prefix.
 *
 * @param actionPrefix the start of the action code, such as {@code identity.login}
 * @param from the earliest time, included
 * @param until the time the range ends, excluded
 */
public record AuditFilter(Optional<String> actionPrefix, Optional<PersonId> actor, Optional<String> targetType,
        Optional<String> targetId, Optional<Outcome> outcome, Optional<Instant> from, Optional<Instant> until)
        implements ValueObject {

    /** Every record. */
    public static final AuditFilter EVERYTHING = new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private static final Pattern ACTION_PREFIX = Pattern.compile("[a-z][a-zA-Z.]{0,99}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public AuditFilter {
        requireMatch(ACTION_PREFIX, actionPrefix, "action");
        Objects.requireNonNull(actor, "actor");
        requireMatch(CODE, targetType, "targetType");
        requireMatch(CODE, targetId, "targetId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.isPresent() && until.isPresent() && !from.get().isBefore(until.get())) {
            throw new InvalidAuditFilter("until", "audit.filter.invalid.range");
        }
    }

    private static void requireMatch(Pattern pattern, Optional<String> value, String field) {
        Objects.requireNonNull(value, field);
        if (value.filter(text -> !pattern.matcher(text).matches()).isPresent()) {
            throw new InvalidAuditFilter(field, "audit.filter.invalid.code");
        }
    }
}
