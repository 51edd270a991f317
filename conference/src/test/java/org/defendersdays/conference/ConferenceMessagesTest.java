package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.defendersdays.conference.domain.Topic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The message bundles: complete in both languages, really translated, and able to explain every broken rule. */
class ConferenceMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    private final Properties english = load("i18n/conference.properties");
    private final Properties arabic = load("i18n/conference_ar.properties");

    @Test
    void everyKeyIsInBothLanguagesAndTheArabicIsArabic() {
        assertThat(arabic.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(arabic.stringPropertyNames())
                .allSatisfy(key -> assertThat(ARABIC_LETTER.matcher(arabic.getProperty(key)).find())
                        .as("Arabic text for %s", key).isTrue());
    }

    /** Spring applies MessageFormat only when a message gets arguments: there a quote must be doubled. */
    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        for (Properties bundle : List.of(english, arabic)) {
            for (String key : bundle.stringPropertyNames()) {
                String message = bundle.getProperty(key);
                if (ARGUMENT.matcher(message).find()) {
                    assertThat(LONE_QUOTE.matcher(message).find()).as("lone quote in %s", key).isFalse();
                } else {
                    assertThat(message).as(key).doesNotContain("''");
                }
            }
        }
    }

    @Test
    void everyRuleTheDomainCanBreakCanBeExplained() {
        List<Executable> breaches = List.of(
                () -> new EditionDates(LocalDate.of(2030, 5, 7), LocalDate.of(2030, 5, 4)),
                () -> new EditionDates(LocalDate.of(2030, 5, 1), LocalDate.of(2030, 7, 1)),
                () -> facts(" ", Optional.empty(), Optional.empty()),
                () -> facts("c".repeat(101), Optional.empty(), Optional.empty()),
                () -> new EditionFacts(Optional.empty(), "Stockholm", Optional.of("v".repeat(201)), Optional.empty(),
                        Optional.empty(), Optional.empty(), List.of()),
                () -> new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(), Optional.of("t".repeat(301)),
                        Optional.empty(), Optional.empty(), List.of()),
                () -> facts("Stockholm", Optional.of(-1), Optional.empty()),
                () -> facts("Stockholm", Optional.of(10), Optional.of(11)),
                () -> new Topic("Not a topic"),
                () -> Edition.draft(EditionId.generate(), 1999, facts("Stockholm", Optional.empty(), Optional.empty())),
                () -> Edition.draft(EditionId.generate(), 2030, new EditionFacts(
                        Optional.of(new EditionDates(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 1, 2))), "Stockholm",
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())),
                () -> Edition.draft(EditionId.generate(), 2030, facts("Stockholm", Optional.empty(), Optional.empty()))
                        .archive(),
                () -> {
                    Edition edition = Edition.draft(EditionId.generate(), 2030,
                            facts("Stockholm", Optional.empty(), Optional.empty()));
                    edition.announce();
                    edition.archive();
                    edition.announce();
                },
                () -> {
                    throw new EditionYearTaken();
                });
        for (Executable breach : breaches) {
            assertThatThrownBy(breach::execute).isInstanceOfSatisfying(EditionRuleViolation.class,
                    violation -> assertThat(english).containsKey(violation.messageKey()));
        }
    }

    private static EditionFacts facts(String city, Optional<Integer> participants, Optional<Integer> countries) {
        return new EditionFacts(Optional.empty(), city, Optional.empty(), Optional.empty(), participants, countries,
                List.of());
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ConferenceMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return properties;
    }
}
