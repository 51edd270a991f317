package org.defendersdays.bootcamp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.Topic;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The message bundles: complete in both languages, really translated, and safe for MessageFormat. */
class BootcampMessagesTest {


    private final MessageBundle messages = MessageBundle.of("i18n/bootcamp");
    private final Properties english = messages.english();
    private final Properties arabic = messages.arabic();

    @Test
    void everyKeyIsInBothLanguagesUnderTheModulePrefix() {
        assertThat(english.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith("bootcamp."));
        messages.assertTranslated();
    }

    @Test
    void theArabicBundleIsArabic() {
        messages.assertArabicIsArabic();
    }

    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        messages.assertQuotesReadByMessageFormat();
    }




    @Test
    void durationsReadNaturallyInBothLanguages() {
        String weeks = english.getProperty("bootcamp.programme.weeks");
        assertThat(new MessageFormat(weeks, Locale.ENGLISH).format(new Object[] { 1 })).isEqualTo("1 week");
        assertThat(new MessageFormat(weeks, Locale.ENGLISH).format(new Object[] { 6 })).isEqualTo("6 weeks");
        String arabicWeeks = arabic.getProperty("bootcamp.programme.weeks");
        Locale ar = Locale.forLanguageTag("ar");
        assertThat(new MessageFormat(arabicWeeks, ar).format(new Object[] { 1 })).isEqualTo("أسبوع واحد");
        assertThat(new MessageFormat(arabicWeeks, ar).format(new Object[] { 2 })).isEqualTo("أسبوعان");
        assertThat(new MessageFormat(arabicWeeks, ar).format(new Object[] { 5 })).endsWith("أسابيع");
        assertThat(new MessageFormat(arabicWeeks, ar).format(new Object[] { 12 })).endsWith("أسبوعًا");
        assertThat(english.getProperty("bootcamp.programme.pageTitle")).contains("Defenders'' Days");
    }

    @Test
    void everyDeliveryFormatHasAName() {
        assertThat(Arrays.stream(DeliveryFormat.values()).map(format -> "bootcamp.format." + format.name()))
                .allMatch(english::containsKey);
    }

    @Test
    void everyRuleTheDomainCanBreakCanBeExplained() {
        List<Executable> breaches = List.of(
                () -> new ProgrammeSlug("Bad Slug"),
                () -> new Topic("Bad Topic"),
                () -> new Language("xx"),
                () -> outline(" ", "Summary", 4),
                () -> outline("t".repeat(151), "Summary", 4),
                () -> outline("Title", " ", 4),
                () -> outline("Title", "s".repeat(1001), 4),
                () -> outline("Title", "Summary", 0),
                () -> new ProgrammeOutline("Title", "Summary", DeliveryFormat.BLENDED, 4, List.of(), List.of()),
                () -> {
                    throw new ProgrammeSlugTaken();
                },
                () -> {
                    TrainingProgramme programme = TrainingProgramme.draft(ProgrammeId.generate(),
                            new ProgrammeSlug("retired"), outline("Title", "Summary", 4));
                    programme.retire();
                    programme.publish();
                });
        for (Executable breach : breaches) {
            assertThatThrownBy(breach::execute).isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                    violation -> assertThat(english).containsKey(violation.messageKey()));
        }
    }

    private static ProgrammeOutline outline(String title, String summary, int weeks) {
        return new ProgrammeOutline(title, summary, DeliveryFormat.LIVE_ONLINE, weeks, List.of(new Language("en")),
                List.of());
    }

}
