package org.defendersdays.identity.application.port.in;

import java.util.Objects;

import org.defendersdays.identity.domain.totp.OtpAuthUri;
import org.defendersdays.identity.domain.totp.TotpSecret;

/**
 * A second factor being set up: the new secret and the key URI the person's app scans. Nothing is
 * stored until the person confirms a first code from the app.
 */
public record TotpSetup(TotpSecret secret, OtpAuthUri keyUri) {

    public TotpSetup {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(keyUri, "keyUri");
    }
}
