package org.defendersdays.identity.adapter.out.otp;

import java.security.InvalidKeyException;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import org.defendersdays.identity.application.port.out.TotpCodes;
import org.defendersdays.identity.domain.totp.TotpCode;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.springframework.stereotype.Component;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * RFC 6238 codes from java-otp, with the settings every authenticator app supports: HMAC-SHA-1,
 * six digits, 30-second steps. The generator is thread-safe (it clones its MAC per call).
 */
@Component
class JavaOtpTotpCodes implements TotpCodes {

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(
            TotpTimeStep.LENGTH, TotpCode.DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    @Override
    public TotpCode codeFor(TotpSecret secret, TotpTimeStep step) {
        SecretKeySpec key = new SecretKeySpec(secret.bytes(), generator.getAlgorithm());
        try {
            // Locale.ROOT: under an Arabic default locale the digits would otherwise be Arabic-Indic.
            return TotpCode.of(generator.generateOneTimePasswordString(key, step.start(), Locale.ROOT));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-1 refused a TOTP key", e);
        }
    }
}
