package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The test vectors of RFC 4648, section 10, without padding. */
class Base32Test {

    @ParameterizedTest
    @CsvSource({"'',''", "f,MY", "fo,MZXQ", "foo,MZXW6", "foob,MZXW6YQ", "fooba,MZXW6YTB", "foobar,MZXW6YTBOI"})
    void encodesAndDecodesTheRfcVectors(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        assertThat(Base32.encode(bytes)).isEqualTo(base32);
        assertThat(Base32.decode(base32)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @CsvSource({"mzxw6ytboi", "MZXW 6YTB OI", "MZXW6YTBOI======", "mzxw-6ytb-oi"})
    void readsBase32AsPeopleCopyIt(String copied) {
        assertThat(Base32.decode(copied)).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @CsvSource({"MZXW1", "MZXW8", "MZ!W"})
    void refusesWhatIsNotBase32(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
