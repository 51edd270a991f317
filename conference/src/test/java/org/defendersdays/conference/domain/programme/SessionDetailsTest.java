package org.defendersdays.conference.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SessionDetailsTest {

    private static final TimeSlot SLOT = new TimeSlot(LocalDate.of(2018, 4, 10), LocalTime.of(9, 0),
            LocalTime.of(10, 30));
    private static final RoomId ROOM = RoomId.generate();

    private static SessionDetails details(SessionType type, String title, Optional<Integer> seats,
            Set<LanguageCode> interpretation, Optional<SessionId> continues, List<Contributor> contributors) {
        return new SessionDetails(type, title, Optional.of("  About\r\nthis.  "), SLOT, ROOM, Optional.empty(),
                Set.of(), seats, LanguageCode.of("EN"), interpretation, false, continues, contributors);
    }

    private static ProgrammeRuleViolation refusal(Runnable action) {
        try {
            action.run();
        } catch (ProgrammeRuleViolation violation) {
            return violation;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void cleansItsTextsAndLanguages() {
        SessionDetails details = details(SessionType.WORKSHOP, "  Secure   messaging ", Optional.of(25),
                Set.of(LanguageCode.of("ru")), Optional.empty(), List.of());
        assertThat(details.title()).isEqualTo("Secure messaging");
        assertThat(details.description()).contains("About\nthis.");
        assertThat(details.language()).isEqualTo(LanguageCode.of("en"));
    }

    @Test
    void onlyWorkshopsHaveSeatsAndThenAPositiveNumber() {
        assertThat(refusal(() -> details(SessionType.WORKSHOP, "W", Optional.empty(), Set.of(), Optional.empty(),
                List.of()))).extracting(ProgrammeRuleViolation::field, ProgrammeRuleViolation::messageKey)
                .containsExactly("seats", "programme.session.seatsRequired");
        assertThat(refusal(() -> details(SessionType.WORKSHOP, "W", Optional.of(-1), Set.of(), Optional.empty(),
                List.of())).messageKey()).isEqualTo("programme.session.seatsOutOfRange");
        assertThat(refusal(() -> details(SessionType.WORKSHOP, "W", Optional.of(0), Set.of(), Optional.empty(),
                List.of())).messageKey()).isEqualTo("programme.session.seatsOutOfRange");
        assertThat(refusal(() -> details(SessionType.PANEL, "P", Optional.of(30), Set.of(), Optional.empty(),
                List.of())).messageKey()).isEqualTo("programme.session.seatsOnlyForWorkshops");
    }

    @Test
    void refusesOverlongOrMissingTitlesAndImpossibleTimes() {
        assertThat(refusal(() -> details(SessionType.PANEL, "x".repeat(201), Optional.empty(), Set.of(),
                Optional.empty(), List.of()))).extracting(ProgrammeRuleViolation::field,
                ProgrammeRuleViolation::messageKey).containsExactly("title", "programme.text.tooLong");
        assertThat(refusal(() -> details(SessionType.PANEL, " ", Optional.empty(), Set.of(), Optional.empty(),
                List.of())).messageKey()).isEqualTo("programme.text.required");
        assertThat(refusal(() -> new TimeSlot(LocalDate.of(2018, 4, 10), LocalTime.of(11, 0), LocalTime.of(10, 0))))
                .extracting(ProgrammeRuleViolation::field).isEqualTo("end");
        assertThat(refusal(() -> new TimeSlot(LocalDate.of(2018, 4, 10), LocalTime.of(11, 0), LocalTime.of(11, 0)))
                .messageKey()).isEqualTo("programme.slot.endNotAfterStart");
    }

    @Test
    void interpretationIsIntoOtherLanguagesAndPeopleAreListedOnce() {
        assertThat(refusal(() -> details(SessionType.PANEL, "P", Optional.empty(), Set.of(LanguageCode.of("en")),
                Optional.empty(), List.of())).field()).isEqualTo("interpretation");
        SpeakerId amina = SpeakerId.generate();
        assertThat(refusal(() -> details(SessionType.PANEL, "P", Optional.empty(), Set.of(), Optional.empty(),
                List.of(new Contributor(amina, ContributionRole.PANELLIST, false),
                        new Contributor(amina, ContributionRole.MODERATOR, false)))).messageKey())
                .isEqualTo("programme.session.contributorTwice");
        assertThat(refusal(() -> LanguageCode.of("xx")).messageKey()).isEqualTo("programme.language.unknown");
    }

    @Test
    void onlyWorkshopsHavePartsAndNoSessionContinuesItself() {
        assertThat(refusal(() -> details(SessionType.PANEL, "P", Optional.empty(), Set.of(),
                Optional.of(SessionId.generate()), List.of())).messageKey())
                .isEqualTo("programme.session.onlyWorkshopsHaveParts");
        SessionId id = SessionId.generate();
        assertThat(refusal(() -> ProgrammeSession.plan(id, org.defendersdays.conference.domain.EditionId.generate(),
                details(SessionType.WORKSHOP, "W", Optional.of(10), Set.of(), Optional.of(id), List.of())))
                .messageKey()).isEqualTo("programme.session.continuesItself");
    }
}
