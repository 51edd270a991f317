package org.defendersdays.identity.application.port.in;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.defendersdays.identity.domain.password.PasswordViolation;

/** The verdict on a new password: the rules it breaks, none if it may be used. */
public record PasswordCheck(Set<PasswordViolation> violations) {

    public PasswordCheck {
        violations = violations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(violations));
    }

    public boolean isAcceptable() {
        return violations.isEmpty();
    }

    /** The message keys to show, in a stable order. */
    public List<String> messageKeys() {
        return violations.stream().sorted().map(PasswordViolation::messageKey).toList();
    }
}
