package org.defendersdays.identity.domain.password;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuessablePatternsTest {

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaa", "abcabcabcabc", "passpasspass", "AbcABCabcAbc", "qwertyuiop!qwertyuiop!q",
        "\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11\uD83D\uDD11"})
    void aShortUnitRepeatedIsGuessable(String password) {
        assertThat(GuessablePatterns.repeatsAShortUnit(password, PasswordPolicy.SHORTEST)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse staple correct horse staple", "abcabcabcabd", "tree frog lamp stone"})
    void aLongUnitRepeatedOrNoRepetitionIsNot(String password) {
        assertThat(GuessablePatterns.repeatsAShortUnit(password, PasswordPolicy.SHORTEST)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkl", "lkjihgfedcba", "123456789012", "987654321098", "ABCDEFGHIJKL", "klmnopqrstuv"})
    void aStraightRunIsGuessable(String password) {
        assertThat(GuessablePatterns.isStraightSequence(password)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abcdefghijkm", "135791357913", "ab", "abcdefedcba", "tree frog lamp stone"})
    void anythingElseIsNot(String password) {
        assertThat(GuessablePatterns.isStraightSequence(password)).isFalse();
    }
}
