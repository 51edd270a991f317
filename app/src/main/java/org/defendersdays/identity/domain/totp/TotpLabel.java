package org.defendersdays.identity.domain.totp;

import java.util.Objects;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The name an authenticator app lists the account under. Anyone who picks up the phone reads it,
 * so it is the display name or an opaque id, never the email address: a label with an {@code @}
 * is refused. Colons are refused as well, since apps split "issuer:account" at the colon.
 */
public record TotpLabel(String value) implements ValueObject {

    static final int LONGEST = 64;

    public TotpLabel {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!isUsable(value)) {
            throw new IllegalArgumentException("A TOTP label is 1 to 64 characters, without '@', ':' or control characters");
        }
    }

    /** The display name where it makes a usable label, otherwise the opaque id. */
    public static TotpLabel forPerson(String displayName, PersonId id) {
        return displayName != null && isUsable(displayName.strip()) ? new TotpLabel(displayName) : opaque(id);
    }

    /** The first eight hex digits of the person's random id: tells a finder of the phone nothing. */
    public static TotpLabel opaque(PersonId id) {
        return new TotpLabel(id.value().toString().substring(0, 8));
    }

    private static boolean isUsable(String label) {
        int length = label.codePointCount(0, label.length());
        return length > 0 && length <= LONGEST && label.indexOf('@') < 0 && label.indexOf(':') < 0
                && label.codePoints().noneMatch(Character::isISOControl);
    }
}
