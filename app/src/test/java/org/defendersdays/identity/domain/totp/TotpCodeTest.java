package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"287082", " 287 082 ", "287-082", "\u0662\u0668\u0667\u0660\u0668\u0662", "\uff12\uff18\uff17\uff10\uff18\uff12",
        "287\u00a0082"})
    void aCodeIsReadAsPeopleTypeIt(String typed) {
        assertThat(TotpCode.parse(typed)).hasValueSatisfying(code -> assertThat(code.matches(TotpCode.of("287082"))).isTrue());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "28708", "2870823", "28708a", "287O82", "287082287082287082287082287082287082"})
    void anythingButSixDigitsIsNoCode(String typed) {
        assertThat(TotpCode.parse(typed)).isEmpty();
    }

    @Test
    void codesMatchOnlyTheSameDigits() {
        assertThat(TotpCode.of("000000").matches(TotpCode.of("000000"))).isTrue();
        assertThat(TotpCode.of("000000").matches(TotpCode.of("000001"))).isFalse();
        assertThat(TotpCode.of("100000").matches(TotpCode.of("000000"))).isFalse();
    }

    @Test
    void theServerMakesOnlySixAsciiDigits() {
        assertThatThrownBy(() -> TotpCode.of("\u0662\u0668\u0667\u0660\u0668\u0662")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TotpCode.of("123456")).hasToString("TotpCode[redacted]");
    }
}
