package org.defendersdays.identity.domain.passkey;

import java.text.Normalizer;

import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The person's own name for a passkey ("work laptop"), so they can tell which one to remove. It is
 * shown only to them; control and formatting characters are refused as in display names.
 */
public record PasskeyLabel(String value) implements ValueObject {

    public static final int MAX_LENGTH = 64;

    public PasskeyLabel {
        if (value == null || value.isBlank()) {
            throw new IdentityRuleViolation("identity.passkey.label.required");
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IdentityRuleViolation("identity.passkey.label.length");
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw new IdentityRuleViolation("identity.passkey.label.invalid");
        }
    }
}
