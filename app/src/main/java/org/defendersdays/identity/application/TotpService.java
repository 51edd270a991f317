package org.defendersdays.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.SetUpTotpUseCase;
import org.defendersdays.identity.application.port.in.TotpSetup;
import org.defendersdays.identity.application.port.in.VerifyTotpCodeUseCase;
import org.defendersdays.identity.application.port.out.QrCodes;
import org.defendersdays.identity.application.port.out.TotpCodes;
import org.defendersdays.identity.domain.totp.OtpAuthUri;
import org.defendersdays.identity.domain.totp.TotpCode;
import org.defendersdays.identity.domain.totp.TotpLabel;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.defendersdays.identity.domain.totp.TotpWindow;

/** Sets up authenticator apps and checks their codes. */
public class TotpService implements SetUpTotpUseCase, VerifyTotpCodeUseCase {

    private final TotpCodes codes;
    private final QrCodes qrCodes;
    private final Clock clock;
    private final SecureRandom random;
    private final String issuer;

    /**
     * @param issuer the name apps show above the code; the phone shows it to whoever holds it
     */
    public TotpService(TotpCodes codes, QrCodes qrCodes, Clock clock, SecureRandom random, String issuer) {
        this.codes = Objects.requireNonNull(codes, "codes");
        this.qrCodes = Objects.requireNonNull(qrCodes, "qrCodes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
    }

    @Override
    public TotpSetup start(TotpLabel label) {
        return resume(TotpSecret.generate(random), label);
    }

    @Override
    public TotpSetup resume(TotpSecret pendingSecret, TotpLabel label) {
        return new TotpSetup(pendingSecret, OtpAuthUri.of(issuer, label, pendingSecret));
    }

    @Override
    public String qrCodeSvg(TotpSetup setup) {
        return qrCodes.svg(setup.keyUri().value());
    }

    /**
     * Computes the code of every acceptable step and keeps the latest match, so the work does not
     * depend on which step (if any) matches, and a replayed code always finds its step used.
     */
    @Override
    public Optional<TotpTimeStep> verify(TotpSecret secret, String typedCode, Optional<TotpTimeStep> lastUsedStep) {
        Optional<TotpCode> typed = TotpCode.parse(typedCode);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<TotpTimeStep> accepted = Optional.empty();
        for (TotpTimeStep step : TotpWindow.acceptableSteps(clock.instant(), lastUsedStep)) {
            if (codes.codeFor(secret, step).matches(typed.get())) {
                accepted = Optional.of(step);
            }
        }
        return accepted;
    }
}
