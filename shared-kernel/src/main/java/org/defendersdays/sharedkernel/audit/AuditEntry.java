package org.defendersdays.sharedkernel.audit;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * One thing worth auditing. Made of codes and identifiers only, checked here, so free text (where
 * personal data hides) cannot slip into the trail.
 *
 * @param actor who did it; empty for an anonymous actor (a failed login, a registration)
 * @param action what happened, a dotted code such as {@code identity.login.failed}
 * @param targetType the kind of record acted on, such as {@code account} or {@code edition}
 * @param targetId the record's identifier, if there is one
 * @param outcome whether it succeeded, failed or was denied
 * @param detail an optional code refining the action (a role name, a reason code), never a value
 */
public record AuditEntry(Optional<PersonId> actor, String action, String targetType, Optional<String> targetId,
        Outcome outcome, Optional<String> detail) {

    private static final Pattern ACTION = Pattern.compile("[a-z]+(\\.[a-z][a-zA-Z]*)+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    /** How the audited action ended. */
    public enum Outcome {
        SUCCESS, FAILURE, DENIED
    }

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(outcome, "outcome");
        requireMatch(ACTION, action, "action");
        requireMatch(CODE, targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId").ifPresent(id -> requireMatch(CODE, id, "targetId"));
        Objects.requireNonNull(detail, "detail").ifPresent(code -> requireMatch(CODE, code, "detail"));
    }

    /** A successful action by a known person on a record. */
    public static AuditEntry success(PersonId actor, String action, String targetType, String targetId) {
        return new AuditEntry(Optional.of(actor), action, targetType, Optional.of(targetId), Outcome.SUCCESS,
                Optional.empty());
    }

    public AuditEntry withDetail(String code) {
        return new AuditEntry(actor, action, targetType, targetId, outcome, Optional.of(code));
    }

    private static void requireMatch(Pattern pattern, String value, String name) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be a code matching " + pattern.pattern());
        }
    }
}
