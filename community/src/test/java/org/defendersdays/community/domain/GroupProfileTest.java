package org.defendersdays.community.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class GroupProfileTest {

    @Test
    void keepsTheNameAndDescriptionWithoutSurroundingBlanksAndWithPlainLineBreaks() {
        GroupProfile profile = GroupProfile.of("  Digital security circle ", "\r\nFirst line\r\nsecond.\r\n\r\nNext. ");

        assertThat(profile.name()).isEqualTo("Digital security circle");
        assertThat(profile.description()).contains("First line\nsecond.\n\nNext.");
    }

    @Test
    void aBlankDescriptionIsNone() {
        assertThat(GroupProfile.of("Circle", "  \n ").description()).isEmpty();
        assertThat(GroupProfile.of("Circle", null).description()).isEmpty();
    }

    @Test
    void theNameIsRequiredAndShort() {
        assertRefused(null, null, "group.name.required");
        assertRefused(" \t", null, "group.name.required");
        assertRefused("n".repeat(GroupProfile.NAME_MAX + 1), null, "group.name.tooLong");
        assertThat(GroupProfile.of("n".repeat(GroupProfile.NAME_MAX), null).name()).hasSize(GroupProfile.NAME_MAX);
    }

    @Test
    void lengthsAreCountedInCharactersAsPeopleSeeThem() {
        String arabic = "ح".repeat(GroupProfile.NAME_MAX);
        String emoji = "\uD83D\uDD12".repeat(GroupProfile.NAME_MAX);

        assertThat(GroupProfile.of(arabic, null).name()).isEqualTo(arabic);
        assertThat(GroupProfile.of(emoji, null).name()).as("120 locks, 240 UTF-16 units").isEqualTo(emoji);
        assertThat(GroupProfile.of("Circle", "d".repeat(GroupProfile.DESCRIPTION_MAX)).description()).isPresent();
        assertRefused("Circle", "d".repeat(GroupProfile.DESCRIPTION_MAX + 1), "group.description.tooLong");
    }

    @Test
    void controlCharactersAreRefusedButTheDescriptionKeepsLinesAndTabs() {
        assertRefused("Two\nlines", null, "group.name.invalidCharacters");
        assertRefused("Nul\u0000", null, "group.name.invalidCharacters");
        assertRefused("Circle", "Nul\u0000", "group.description.invalidCharacters");
        assertThat(GroupProfile.of("Circle", "a\tb\nc").description()).contains("a\tb\nc");
    }

    @Test
    void isAValueObject() {
        assertThat(GroupProfile.of("Circle", "About")).isEqualTo(new GroupProfile("Circle", Optional.of("About")));
    }

    private static void assertRefused(String name, String description, String key) {
        assertThatThrownBy(() -> GroupProfile.of(name, description)).isInstanceOf(GroupRuleViolation.class)
                .extracting(violation -> ((GroupRuleViolation) violation).messageKey()).isEqualTo(key);
    }
}
