package org.defendersdays.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.TotpSetup;
import org.defendersdays.identity.application.port.out.QrCodes;
import org.defendersdays.identity.application.port.out.TotpCodes;
import org.defendersdays.identity.domain.totp.TotpCode;
import org.defendersdays.identity.domain.totp.TotpLabel;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.junit.jupiter.api.Test;

/**
 * The window and single-use rules, with a stand-in generator whose code for step n is n's last six
 * digits. The real generator's RFC 6238 vectors are in {@code JavaOtpTotpCodesTest}.
 */
class TotpServiceTest {

    private static final TotpCodes STEP_AS_CODE = (secret, step) -> TotpCode.of(String.format("%06d", step.value() % 1_000_000));
    private static final QrCodes QR = text -> "<svg>" + text + "</svg>";
    private static final TotpSecret SECRET = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    /** Ten seconds into step 123456. */
    private static final Instant NOW = new TotpTimeStep(123456).start().plusSeconds(10);

    private final TotpService service = new TotpService(STEP_AS_CODE, QR, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom(),
            "Defenders' Days");

    private Optional<TotpTimeStep> verify(String code, Optional<TotpTimeStep> lastUsed) {
        return service.verify(SECRET, code, lastUsed);
    }

    @Test
    void theCurrentCodeIsAcceptedAndItsStepReturned() {
        assertThat(verify("123456", Optional.empty())).contains(new TotpTimeStep(123456));
    }

    @Test
    void oneStepOfDriftEitherWayIsAccepted() {
        assertThat(verify("123455", Optional.empty())).contains(new TotpTimeStep(123455));
        assertThat(verify("123457", Optional.empty())).contains(new TotpTimeStep(123457));
    }

    @Test
    void twoStepsOfDriftAreNot() {
        assertThat(verify("123454", Optional.empty())).isEmpty();
        assertThat(verify("123458", Optional.empty())).isEmpty();
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() {
        TotpTimeStep used = verify("123456", Optional.empty()).orElseThrow();

        assertThat(verify("123456", Optional.of(used))).isEmpty();
    }

    @Test
    void anOlderCodeIsRefusedOnceANewerOneWasUsed() {
        assertThat(verify("123455", Optional.of(new TotpTimeStep(123456)))).isEmpty();
        assertThat(verify("123457", Optional.of(new TotpTimeStep(123456)))).contains(new TotpTimeStep(123457));
    }

    @Test
    void malformedOrWrongCodesAreRefused() {
        assertThat(verify("12345", Optional.empty())).isEmpty();
        assertThat(verify("abcdef", Optional.empty())).isEmpty();
        assertThat(verify("000000", Optional.empty())).isEmpty();
        assertThat(verify(null, Optional.empty())).isEmpty();
    }

    @Test
    void codesAreReadAsPeopleTypeThem() {
        assertThat(verify("123 456", Optional.empty())).contains(new TotpTimeStep(123456));
    }

    @Test
    void whenTwoStepsShareACodeTheLatestIsRecorded() {
        TotpCodes sameCodeEverywhere = (secret, step) -> TotpCode.of("424242");
        TotpService ambiguous = new TotpService(sameCodeEverywhere, QR, Clock.fixed(NOW, ZoneOffset.UTC), new SecureRandom(), "DD");

        assertThat(ambiguous.verify(SECRET, "424242", Optional.empty())).contains(new TotpTimeStep(123457));
    }

    @Test
    void aSetupHasAFreshSecretAndItsKeyUri() {
        TotpSetup first = service.start(new TotpLabel("Maria"));
        TotpSetup second = service.start(new TotpLabel("Maria"));

        assertThat(first.secret()).isNotEqualTo(second.secret());
        assertThat(first.keyUri().value()).isEqualTo("otpauth://totp/Defenders%27%20Days:Maria?secret="
                + first.secret().base32() + "&issuer=Defenders%27%20Days");
    }

    @Test
    void aPendingSetupResumesWithTheSameUriAndQrCode() {
        TotpSetup setup = service.start(new TotpLabel("Maria"));
        TotpSetup resumed = service.resume(setup.secret(), new TotpLabel("Maria"));

        assertThat(resumed.keyUri()).isEqualTo(setup.keyUri());
        assertThat(service.qrCodeSvg(resumed)).isEqualTo("<svg>" + setup.keyUri().value() + "</svg>");
    }
}
