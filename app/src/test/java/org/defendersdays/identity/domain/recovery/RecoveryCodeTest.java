package org.defendersdays.identity.domain.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void theAlphabetHas31SymbolsNoneOfThemAmbiguous() {
        assertThat(RecoveryCode.ALPHABET).hasSize(31).doesNotContain("0", "1", "o", "l", "i", "O", "I");
        assertThat(RecoveryCode.ALPHABET.chars().distinct().count()).isEqualTo(31);
    }

    @Test
    void aCodeIsTenSymbolsShownInTwoGroupsOfFive() {
        RecoveryCode code = RecoveryCode.generate(RANDOM);

        assertThat(code.canonicalText()).hasSize(10).matches("[" + RecoveryCode.ALPHABET + "]{10}");
        assertThat(code.formatted()).matches("[" + RecoveryCode.ALPHABET + "]{5}-[" + RecoveryCode.ALPHABET + "]{5}");
    }

    @Test
    void everySymbolIsDrawn() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            RecoveryCode.generate(RANDOM).canonicalText().chars().forEach(seen::add);
        }
        assertThat(seen).hasSize(31);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcde-fghjk", "ABCDE-FGHJK", "abcdefghjk", " abcde fghjk ", "ab-cd-ef-gh-jk", "\uff41\uff42\uff43\uff44\uff45-fghjk"})
    void aCodeIsReadAsPeopleTypeIt(String typed) {
        assertThat(RecoveryCode.parse(typed)).hasValueSatisfying(code -> assertThat(code.canonicalText()).isEqualTo("abcdefghjk"));
    }

    @Test
    void digitsOfAnyScriptCount() {
        assertThat(RecoveryCode.parse("\u0662\u0663\u0664\u0665\u0666-\u0667\u0668\u0669ab"))
                .hasValueSatisfying(code -> assertThat(code.canonicalText()).isEqualTo("23456789ab"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "abcde-fghj", "abcde-fghjkm", "abcde-fghj0", "abcde-fghjl", "abcde_fghjk"})
    void anythingElseIsNoCode(String typed) {
        assertThat(RecoveryCode.parse(typed)).isEmpty();
    }

    @Test
    void itNeverShowsItself() {
        assertThat(RecoveryCode.generate(RANDOM)).hasToString("RecoveryCode[redacted]");
    }
}
