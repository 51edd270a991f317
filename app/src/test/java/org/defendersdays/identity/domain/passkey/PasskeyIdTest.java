package org.defendersdays.identity.domain.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasskeyIdTest {

    @Test
    void roundTripsBytesAsUnpaddedBase64Url() {
        byte[] bytes = { (byte) 0xfb, (byte) 0xff, 0x01, 0x02 };
        PasskeyId id = PasskeyId.of(bytes);
        assertThat(id.base64Url()).isEqualTo("-_8BAg");
        assertThat(id.bytes()).isEqualTo(bytes);
    }

    @Test
    void refusesWhatIsNotACredentialId() {
        for (String bad : new String[] { "", "abc=", "a+b/", "a", "x".repeat(1400), "../etc" }) {
            assertThatThrownBy(() -> new PasskeyId(bad)).as(bad).hasMessage("identity.passkey.id.invalid");
        }
        assertThatThrownBy(() -> new PasskeyId(null)).hasMessage("identity.passkey.id.invalid");
    }
}
