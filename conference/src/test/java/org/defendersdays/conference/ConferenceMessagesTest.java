package org.defendersdays.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.sharedkernel.testing.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The message bundles: complete in every language, really translated, and able to explain every broken rule. */
class ConferenceMessagesTest {


    private final MessageBundle messages = MessageBundle.of("i18n/conference");
    private final Properties english = messages.english();
    private final Properties arabic = messages.arabic();

    @Test
    void everyKeyIsInEveryLanguageAndTheArabicIsArabic() {
        messages.assertTranslated().assertArabicIsArabic();
    }

    @Test
    void quotesAreWrittenTheWayMessageFormatReadsThem() {
        messages.assertQuotesReadByMessageFormat();
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

    @Test
    void everyProgrammeRuleAndConflictCanBeExplainedInBothLanguages() {
        java.time.LocalDate day = LocalDate.of(2030, 5, 4);
        org.defendersdays.conference.domain.programme.RoomId room =
                org.defendersdays.conference.domain.programme.RoomId.generate();
        java.util.function.Function<org.defendersdays.conference.domain.programme.SessionType,
                org.defendersdays.conference.domain.programme.SessionDetails> details = type ->
                new org.defendersdays.conference.domain.programme.SessionDetails(type, "Title", Optional.empty(),
                        new org.defendersdays.conference.domain.programme.TimeSlot(day, java.time.LocalTime.NOON,
                                java.time.LocalTime.NOON.plusHours(1)), room, Optional.empty(), java.util.Set.of(),
                        Optional.of(20), org.defendersdays.conference.domain.programme.LanguageCode.of("en"),
                        java.util.Set.of(), false, Optional.empty(), List.of());
        List<Executable> breaches = List.of(
                () -> org.defendersdays.conference.domain.programme.LanguageCode.of("xx"),
                () -> new org.defendersdays.conference.domain.programme.TimeSlot(day, java.time.LocalTime.NOON,
                        java.time.LocalTime.NOON),
                () -> details.apply(org.defendersdays.conference.domain.programme.SessionType.PANEL),
                () -> org.defendersdays.conference.domain.programme.CatalogueTopic.add(Topic.INNOVATION, " "),
                () -> org.defendersdays.conference.domain.programme.CatalogueTopic.add(Topic.INNOVATION,
                        "n".repeat(81)));
        for (Executable breach : breaches) {
            assertThatThrownBy(breach::execute).isInstanceOfSatisfying(
                    org.defendersdays.conference.domain.programme.ProgrammeRuleViolation.class,
                    violation -> assertThat(english).containsKey(violation.messageKey()));
        }
        for (org.defendersdays.conference.domain.programme.ScheduleConflict.Kind kind
                : org.defendersdays.conference.domain.programme.ScheduleConflict.Kind.values()) {
            assertThat(english).containsKey(kind.messageKey());
            assertThat(arabic).containsKey(kind.messageKey());
        }
        for (org.defendersdays.conference.domain.EditionStatus status
                : org.defendersdays.conference.domain.EditionStatus.values()) {
            assertThat(english).containsKey("conference.admin.status." + status);
        }
    }
}
