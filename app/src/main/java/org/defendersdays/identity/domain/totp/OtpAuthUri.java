package org.defendersdays.identity.domain.totp;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The key URI an authenticator app scans ({@code otpauth://totp/Issuer:label?secret=...&issuer=Issuer},
 * the format Google Authenticator defined and other apps follow). Algorithm, digits and period
 * are left at their defaults (SHA-1, 6, 30 s), which is what every app supports. It carries the
 * secret, so it is shown only to the person enrolling and never logged.
 */
public record OtpAuthUri(String value) implements ValueObject {

    public OtpAuthUri {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith("otpauth://totp/")) {
            throw new IllegalArgumentException("Not a TOTP key URI");
        }
    }

    /**
     * @param issuer the service name the app shows above the code; both in the label prefix and
     *               the {@code issuer} parameter, as apps read one or the other
     */
    public static OtpAuthUri of(String issuer, TotpLabel label, TotpSecret secret) {
        Objects.requireNonNull(issuer, "issuer");
        if (issuer.isBlank() || issuer.indexOf(':') >= 0) {
            throw new IllegalArgumentException("The issuer must be a name without a colon");
        }
        String encodedIssuer = percentEncode(issuer);
        return new OtpAuthUri("otpauth://totp/" + encodedIssuer + ":" + percentEncode(label.value())
                + "?secret=" + secret.base32() + "&issuer=" + encodedIssuer);
    }

    /**
     * RFC 3986 percent-encoding of the UTF-8 bytes: only unreserved characters stay as they are,
     * so a space is {@code %20} (never {@code +}) and an apostrophe {@code %27}.
     */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /** The URI holds the secret. */
    @Override
    public String toString() {
        return "OtpAuthUri[redacted]";
    }
}
