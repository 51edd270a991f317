package org.defendersdays.identity.application.port.out;

import org.defendersdays.identity.domain.totp.TotpCode;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;

/** The RFC 6238 code generator (HMAC-SHA-1, six digits, 30-second steps). */
public interface TotpCodes {

    /** The code an authenticator app with this secret shows during this time step. */
    TotpCode codeFor(TotpSecret secret, TotpTimeStep step);
}
