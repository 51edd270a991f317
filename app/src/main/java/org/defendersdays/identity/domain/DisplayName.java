package org.defendersdays.identity.domain;

import java.text.Normalizer;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The only name others ever see of a person; no legal name is asked for. Any script is welcome;
 * control and formatting characters (which can disguise a name) are not.
 */
public record DisplayName(String value) implements ValueObject {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 60;

    public DisplayName {
        if (value == null || value.isBlank()) {
            throw new IdentityRuleViolation("identity.displayName.required");
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IdentityRuleViolation("identity.displayName.length");
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw new IdentityRuleViolation("identity.displayName.invalid");
        }
    }
}
