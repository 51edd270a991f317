package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordTest {

    @Test
    void composedAndDecomposedAccentsAreTheSamePassword() {
        Password composed = Password.of("caf\u00e9 au lait du matin");
        Password decomposed = Password.of("cafe\u0301 au lait du matin");

        assertThat(decomposed.canonicalText()).isEqualTo(composed.canonicalText());
    }

    @Test
    void compatibilityFormsAreNormalised() {
        // Full-width digits and the "fi" ligature, as some keyboards and phones produce them.
        assertThat(Password.of("\uff11\uff12\uff13 \ufb01sh").canonicalText()).isEqualTo("123 fish");
    }

    @Test
    void lengthCountsCodePointsNotChars() {
        Password emoji = Password.of("\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11");

        assertThat(emoji.canonicalText()).hasSize(6);
        assertThat(emoji.length()).isEqualTo(3);
    }

    @Test
    void textTooLongToBeAPasswordIsLeftAsTyped() {
        String flood = "e\u0301".repeat(Password.LONGEST_INPUT_NORMALISED);

        assertThat(Password.of(flood).canonicalText()).isEqualTo(flood);
        assertThat(Password.of(flood).length()).isGreaterThan(PasswordPolicy.LONGEST);
    }

    @Test
    void itNeverShowsItself() {
        assertThat(Password.of("correct horse battery staple")).hasToString("Password[redacted]");
    }
}
