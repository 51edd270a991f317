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

/** The message bundles: complete in every language, really translated, and safe for MessageFormat. */
class BootcampMessagesTest {


    private final MessageBundle messages = MessageBundle.of("i18n/bootcamp");
    private final Properties english = messages.english();
    private final Properties arabic = messages.arabic();

    @Test
    void everyKeyIsInEveryLanguageUnderTheModulePrefix() {
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
    void durationsReadNaturallyInEveryLanguage() {
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
        assertThat(weeks(messages.translation("es"), "es", 1, 6)).containsExactly("1 semana", "6 semanas");
        assertThat(weeks(messages.translation("fr"), "fr", 1, 6)).containsExactly("1 semaine", "6 semaines");
    }

    @Test
    void russianDurationsTakeTheRightPluralFormForEveryLengthAProgrammeCanHave() {
        Properties russian = messages.translation("ru");
        assertThat(weeks(russian, "ru", 1, 2, 4, 5, 11, 12, 14, 20, 21, 22, 25, 31, 34, 41, 44, 48, 51, 52))
                .containsExactly("1 неделя", "2 недели", "4 недели", "5 недель", "11 недель", "12 недель",
                        "14 недель", "20 недель", "21 неделя", "22 недели", "25 недель", "31 неделя", "34 недели",
                        "41 неделя", "44 недели", "48 недель", "51 неделя", "52 недели");
    }

    private static List<String> weeks(Properties bundle, String language, int... counts) {
        MessageFormat format = new MessageFormat(bundle.getProperty("bootcamp.programme.weeks"),
                Locale.forLanguageTag(language));
        return Arrays.stream(counts).mapToObj(count -> format.format(new Object[] { count })).toList();
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
