package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OtpAuthUriTest {

    private static final TotpSecret SECRET = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

    @Test
    void itHasTheFormAuthenticatorAppsRead() {
        OtpAuthUri uri = OtpAuthUri.of("Defenders' Days", new TotpLabel("Maria"), SECRET);

        assertThat(uri.value()).isEqualTo("otpauth://totp/Defenders%27%20Days:Maria"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Defenders%27%20Days");
    }

    @Test
    void theLabelIsPercentEncodedAsUtf8() {
        OtpAuthUri uri = OtpAuthUri.of("Defenders' Days", new TotpLabel("\u0645\u0631\u064a\u0645 & Jos\u00e9"), SECRET);

        assertThat(uri.value()).startsWith("otpauth://totp/Defenders%27%20Days:%D9%85%D8%B1%D9%8A%D9%85%20%26%20Jos%C3%A9?secret=");
    }

    @Test
    void onlyUnreservedCharactersStayAsTheyAre() {
        assertThat(OtpAuthUri.percentEncode("aZ09-._~ +/?#&=%:")).isEqualTo("aZ09-._~%20%2B%2F%3F%23%26%3D%25%3A");
    }

    @Test
    void anIssuerWithAColonIsRefused() {
        assertThatThrownBy(() -> OtpAuthUri.of("Defenders: Days", new TotpLabel("Maria"), SECRET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itNeverShowsTheSecret() {
        assertThat(OtpAuthUri.of("Defenders' Days", new TotpLabel("Maria"), SECRET).toString()).doesNotContain("GEZD");
    }
}
