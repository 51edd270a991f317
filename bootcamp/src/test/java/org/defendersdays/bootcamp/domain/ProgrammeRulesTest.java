package org.defendersdays.bootcamp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules a programme's slug and outline keep, whoever builds them. */
class ProgrammeRulesTest {

    private static final List<Language> ENGLISH = List.of(new Language("en"));

    private static ProgrammeOutline outline(String title, String summary, int weeks, List<Language> languages) {
        return new ProgrammeOutline(title, summary, DeliveryFormat.LIVE_ONLINE, weeks, languages, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = { "a", "digital-security-101", "documenting-human-rights-violations-safely-online-course-202" })
    void slugsAreLowercaseWordsJoinedByHyphens(String slug) {
        assertThat(new ProgrammeSlug(slug).value()).isEqualTo(slug);
        assertThat(ProgrammeSlug.isWellFormed(slug)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "Digital", "bad_slug", "-leading", "trailing-", "double--hyphen", "with space",
            "ünïcode", "../etc" })
    void malformedSlugsAreRefused(String slug) {
        assertThat(ProgrammeSlug.isWellFormed(slug)).isFalse();
        assertThatThrownBy(() -> new ProgrammeSlug(slug)).isInstanceOf(ProgrammeRuleViolation.class)
                .hasMessage("bootcamp.error.slug.invalid");
    }

    @Test
    void slugsAreAtMostSixtyCharacters() {
        assertThatCode(() -> new ProgrammeSlug("a".repeat(60))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ProgrammeSlug("a".repeat(61))).hasMessage("bootcamp.error.slug.invalid");
    }

    @Test
    void theOutlineIsTidiedUp() {
        ProgrammeOutline outline = new ProgrammeOutline("  Documenting violations safely ", "\nSummary.\n",
                DeliveryFormat.SELF_PACED, 8, List.of(new Language(" EN "), new Language("ar"), new Language("en")),
                List.of(new Topic("documentation"), new Topic("documentation")));

        assertThat(outline.title()).isEqualTo("Documenting violations safely");
        assertThat(outline.summary()).isEqualTo("Summary.");
        assertThat(outline.languages()).containsExactly(new Language("en"), new Language("ar"));
        assertThat(outline.topics()).containsExactly(new Topic("documentation"));
    }

    @Test
    void titleAndSummaryAreRequiredAndBounded() {
        assertThatThrownBy(() -> outline(" ", "Summary", 4, ENGLISH)).hasMessage("bootcamp.error.title.required");
        assertThatThrownBy(() -> outline(null, "Summary", 4, ENGLISH)).hasMessage("bootcamp.error.title.required");
        assertThatCode(() -> outline("t".repeat(150), "s".repeat(1000), 4, ENGLISH)).doesNotThrowAnyException();
        assertThatThrownBy(() -> outline("t".repeat(151), "Summary", 4, ENGLISH))
                .hasMessage("bootcamp.error.title.tooLong");
        assertThatThrownBy(() -> outline("Title", "", 4, ENGLISH)).hasMessage("bootcamp.error.summary.required");
        assertThatThrownBy(() -> outline("Title", "s".repeat(1001), 4, ENGLISH))
                .hasMessage("bootcamp.error.summary.tooLong");
    }

    @Test
    void aProgrammeRunsOneToFiftyTwoWeeks() {
        assertThatCode(() -> outline("Title", "Summary", 1, ENGLISH)).doesNotThrowAnyException();
        assertThatCode(() -> outline("Title", "Summary", 52, ENGLISH)).doesNotThrowAnyException();
        assertThatThrownBy(() -> outline("Title", "Summary", 0, ENGLISH))
                .hasMessage("bootcamp.error.duration.outOfRange");
        assertThatThrownBy(() -> outline("Title", "Summary", 53, ENGLISH))
                .hasMessage("bootcamp.error.duration.outOfRange");
    }

    @Test
    void aProgrammeIsTaughtInAtLeastOneRealLanguage() {
        assertThatThrownBy(() -> outline("Title", "Summary", 4, List.of()))
                .hasMessage("bootcamp.error.languages.required");
        assertThatThrownBy(() -> new Language("xx")).hasMessage("bootcamp.error.language.invalid");
        assertThatThrownBy(() -> new Language("eng")).hasMessage("bootcamp.error.language.invalid");
        assertThat(new Language("fa").code()).isEqualTo("fa");
    }

    @Test
    void topicsAreSlugs() {
        assertThat(new Topic("digital-security").slug()).isEqualTo("digital-security");
        assertThatThrownBy(() -> new Topic("Digital Security")).isInstanceOf(ProgrammeRuleViolation.class)
                .hasMessage("bootcamp.error.topic.invalid");
    }
}
