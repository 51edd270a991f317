package org.defendersdays.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.defendersdays.conference.domain.FreeText.Problem;
import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static Optional<String> clean(String value, int max, boolean paragraphs) {
        return FreeText.clean(value, max, paragraphs, problem -> new IllegalArgumentException(problem.name()));
    }

    @Test
    void textIsTrimmedNormalisedAndKeptWithinItsLength() {
        assertThat(clean("  ", 10, false)).isEmpty();
        assertThat(clean(null, 10, false)).isEmpty();
        assertThat(clean(" Cafe\u0301   in\n Nairobi ", 40, false)).contains("Café in Nairobi");
        assertThat(clean("One.\r\n\r\nTwo.", 40, true)).contains("One.\n\nTwo.");
        assertThat(clean("𝐀".repeat(5), 5, false)).as("counted in characters, not UTF-16 units").isPresent();
        assertThatThrownBy(() -> clean("x".repeat(6), 5, false)).hasMessage(Problem.TOO_LONG.name());
    }

    @Test
    void theJoinersPersianAndOtherScriptsNeedAreKeptButDisguisingCharactersAreRefused() {
        String persian = "می\u200Cخواهم";
        assertThat(clean(persian, 20, false)).contains(persian);
        assertThat(clean("👩\u200D💻", 20, false)).isPresent();
        assertThatThrownBy(() -> clean("safe\u202Eexe.txt", 40, false)).hasMessage(Problem.INVALID.name());
        assertThatThrownBy(() -> clean("bell\u0007", 40, true)).hasMessage(Problem.INVALID.name());
    }
}
