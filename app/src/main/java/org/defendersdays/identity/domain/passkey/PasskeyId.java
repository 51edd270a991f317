package org.defendersdays.identity.domain.passkey;

import java.util.Base64;

import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A passkey's credential id, as unpadded base64url text (the form WebAuthn uses on the wire). It is
 * chosen by the authenticator: random, at most 1,023 bytes, and not personal data.
 */
public record PasskeyId(String base64Url) implements ValueObject {

    private static final int MAX_BYTES = 1023;

    public PasskeyId {
        if (base64Url == null || base64Url.isEmpty() || base64Url.length() > 1364
                || !base64Url.matches("[A-Za-z0-9_-]+")) {
            throw new IdentityRuleViolation("identity.passkey.id.invalid");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(base64Url);
        } catch (IllegalArgumentException notBase64Url) {
            throw new IdentityRuleViolation("identity.passkey.id.invalid");
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            throw new IdentityRuleViolation("identity.passkey.id.invalid");
        }
    }

    public static PasskeyId of(byte[] bytes) {
        return new PasskeyId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public byte[] bytes() {
        return Base64.getUrlDecoder().decode(base64Url);
    }
}
