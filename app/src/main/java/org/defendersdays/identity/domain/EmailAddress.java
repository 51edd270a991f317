package org.defendersdays.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * An email address, normalised to lower case so one mailbox is one account. Deliberately loose:
 * the verification mail is the real check. Never logged, never put in a URL or an event.
 */
public record EmailAddress(String value) implements ValueObject {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null) {
            throw new IdentityRuleViolation("identity.email.required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new IdentityRuleViolation("identity.email.required");
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IdentityRuleViolation("identity.email.invalid");
        }
    }

    /** The part before the @, which a password must not contain. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    @Override
    public String toString() {
        return "EmailAddress[hidden]";
    }
}
