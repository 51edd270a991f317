package org.defendersdays.identity.adapter.out.otp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.defendersdays.identity.application.TotpService;
import org.defendersdays.identity.domain.totp.TotpCode;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 6238 Appendix B, SHA-1 rows: the secret is the ASCII "12345678901234567890"; the RFC's
 * eight-digit codes end in the six digits an authenticator app shows.
 */
class JavaOtpTotpCodesTest {

    private static final TotpSecret RFC_SECRET = TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    private static final JavaOtpTotpCodes CODES = new JavaOtpTotpCodes();

    @ParameterizedTest
    @CsvSource({"59,94287082", "1111111109,07081804", "1111111111,14050471", "1234567890,89005924", "2000000000,69279037",
        "20000000000,65353130"})
    void theRfcTestVectorsHold(long unixSeconds, String rfcCode) {
        TotpTimeStep step = TotpTimeStep.containing(Instant.ofEpochSecond(unixSeconds));

        assertThat(CODES.codeFor(RFC_SECRET, step)).isEqualTo(TotpCode.of(rfcCode.substring(2)));
    }

    @Test
    void codesAreAsciiDigitsUnderAnArabicDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(CODES.codeFor(RFC_SECRET, TotpTimeStep.containing(Instant.ofEpochSecond(59)))).isEqualTo(TotpCode.of("287082"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theServiceAcceptsTheRfcCodeOnceAtItsTime() {
        TotpService service = at(Instant.ofEpochSecond(1111111109));

        Optional<TotpTimeStep> accepted = service.verify(RFC_SECRET, "081804", Optional.empty());

        assertThat(accepted).contains(new TotpTimeStep(0x23523EC));
        assertThat(service.verify(RFC_SECRET, "081804", accepted)).isEmpty();
    }

    @Test
    void theServiceAcceptsACodeFromHalfAMinuteBeforeOrAfter() {
        // 1111111111 is in the step after 1111111109 (07081804): 30 s later the code is still good.
        assertThat(at(Instant.ofEpochSecond(1111111109 + 30)).verify(RFC_SECRET, "081804", Optional.empty())).isPresent();
        assertThat(at(Instant.ofEpochSecond(1111111109 - 30)).verify(RFC_SECRET, "081804", Optional.empty())).isPresent();
        assertThat(at(Instant.ofEpochSecond(1111111109 + 60)).verify(RFC_SECRET, "081804", Optional.empty())).isEmpty();
        assertThat(at(Instant.ofEpochSecond(1111111109 - 60)).verify(RFC_SECRET, "081804", Optional.empty())).isEmpty();
    }

    @Test
    void theRfcCodeDoesNotOpenAnotherSecret() {
        TotpSecret other = TotpSecret.of("another secret of 20".getBytes(StandardCharsets.US_ASCII));

        assertThat(at(Instant.ofEpochSecond(59)).verify(other, "287082", Optional.empty())).isEmpty();
    }

    private static TotpService at(Instant now) {
        return new TotpService(CODES, text -> "", Clock.fixed(now, ZoneOffset.UTC), new SecureRandom(), "Defenders' Days");
    }
}
