package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void caseAccentsAndPunctuationDoNotMatter() {
        assertThat(TextFolding.compact("Mar\u00eda L\u00f3pez")).isEqualTo("marialopez");
        assertThat(TextFolding.compact("Defenders' Days")).isEqualTo("defendersdays");
    }

    @Test
    void sharpSFoldsLikeDoubleS() {
        assertThat(TextFolding.fold("Stra\u00dfe")).isEqualTo(TextFolding.fold("STRASSE"));
    }

    @Test
    void arabicVowelMarksAreOptional() {
        // "Muhammad" with and without harakat.
        assertThat(TextFolding.compact("\u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f"))
                .isEqualTo(TextFolding.compact("\u0645\u062d\u0645\u062f"));
    }

    @Test
    void wordsAreSplitAtAnythingButLettersAndDigits() {
        assertThat(TextFolding.words("maria.lopez+dd_2024")).containsExactly("maria", "lopez", "dd", "2024");
    }
}
