package org.defendersdays.conference.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.ScheduleConflict.Kind;
import org.junit.jupiter.api.Test;

class ScheduleCheckTest {

    private static final EditionId EDITION = EditionId.generate();
    private static final LocalDate DAY_ONE = LocalDate.of(2018, 4, 9);
    private static final Optional<EditionDates> DAYS = Optional.of(new EditionDates(DAY_ONE, DAY_ONE.plusDays(3)));
    private static final RoomId HALL = RoomId.generate();
    private static final RoomId STUDIO = RoomId.generate();
    private static final SpeakerId AMINA = SpeakerId.generate();
    private static final SpeakerId BORIS = SpeakerId.generate();

    private static TimeSlot slot(LocalDate day, int from, int to) {
        return new TimeSlot(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    private static ProgrammeSession workshop(TimeSlot slot, RoomId room, Optional<SessionId> continues,
            SpeakerId... trainers) {
        List<Contributor> contributors = java.util.Arrays.stream(trainers)
                .map(trainer -> new Contributor(trainer, ContributionRole.TRAINER, false)).toList();
        return ProgrammeSession.plan(SessionId.generate(), EDITION, new SessionDetails(SessionType.WORKSHOP,
                "Threat modelling", Optional.empty(), slot, room, Optional.empty(), Set.of(), Optional.of(20),
                LanguageCode.of("en"), Set.of(LanguageCode.of("ru")), false, continues, contributors));
    }

    private static ProgrammeSession panel(TimeSlot slot, RoomId room, SpeakerId... panellists) {
        List<Contributor> contributors = java.util.Arrays.stream(panellists)
                .map(panellist -> new Contributor(panellist, ContributionRole.PANELLIST, false)).toList();
        return ProgrammeSession.plan(SessionId.generate(), EDITION, new SessionDetails(SessionType.PANEL,
                "Staying safe online", Optional.empty(), slot, room, Optional.empty(), Set.of(), Optional.empty(),
                LanguageCode.of("en"), Set.of(), true, Optional.empty(), contributors));
    }

    private static List<Kind> kinds(List<ScheduleConflict> conflicts) {
        return conflicts.stream().map(ScheduleConflict::kind).toList();
    }

    @Test
    void aSessionInAFreeRoomWithFreePeopleFits() {
        ProgrammeSession morning = workshop(slot(DAY_ONE, 9, 11), HALL, Optional.empty(), AMINA);
        ProgrammeSession sameTimeElsewhere = panel(slot(DAY_ONE, 9, 11), STUDIO, BORIS);
        ProgrammeSession laterSameRoom = panel(slot(DAY_ONE, 11, 12), HALL, AMINA);
        assertThat(ScheduleCheck.conflicts(laterSameRoom, DAYS, List.of(morning, sameTimeElsewhere))).isEmpty();
    }

    @Test
    void twoSessionsInOneRoomAtOnceConflict() {
        ProgrammeSession morning = workshop(slot(DAY_ONE, 9, 11), HALL, Optional.empty());
        ProgrammeSession overlapping = panel(slot(DAY_ONE, 10, 12), HALL);
        List<ScheduleConflict> conflicts = ScheduleCheck.conflicts(overlapping, DAYS, List.of(morning));
        assertThat(conflicts).containsExactly(
                new ScheduleConflict(Kind.ROOM_DOUBLE_BOOKED, Optional.of(morning.id()), Optional.empty()));
        assertThat(conflicts.get(0).kind().field()).isEqualTo("room");
    }

    @Test
    void aPersonInTwoPlacesAtOnceConflicts() {
        ProgrammeSession morning = workshop(slot(DAY_ONE, 9, 11), HALL, Optional.empty(), AMINA);
        ProgrammeSession panel = panel(slot(DAY_ONE, 10, 11), STUDIO, BORIS, AMINA);
        assertThat(ScheduleCheck.conflicts(panel, DAYS, List.of(morning))).containsExactly(
                new ScheduleConflict(Kind.PERSON_DOUBLE_BOOKED, Optional.of(morning.id()), Optional.of(AMINA)));
    }

    @Test
    void aSessionOutsideTheEditionsDaysConflicts() {
        ProgrammeSession early = panel(slot(DAY_ONE.minusDays(1), 9, 10), HALL);
        assertThat(kinds(ScheduleCheck.conflicts(early, DAYS, List.of()))).containsExactly(Kind.OUTSIDE_EDITION_DAYS);
        assertThat(ScheduleCheck.conflicts(early, Optional.empty(), List.of())).as("no dates yet").isEmpty();
    }

    @Test
    void partTwoMustStartAfterPartOneHasEnded() {
        ProgrammeSession partOne = workshop(slot(DAY_ONE.plusDays(1), 9, 11), HALL, Optional.empty());
        ProgrammeSession partTwoTooEarly = workshop(slot(DAY_ONE, 14, 16), HALL, Optional.of(partOne.id()));
        assertThat(kinds(ScheduleCheck.conflicts(partTwoTooEarly, DAYS, List.of(partOne))))
                .containsExactly(Kind.BEFORE_PREVIOUS_PART);
        ProgrammeSession partTwoRightAfter = workshop(slot(DAY_ONE.plusDays(1), 11, 13), HALL, Optional.of(partOne.id()));
        assertThat(ScheduleCheck.conflicts(partTwoRightAfter, DAYS, List.of(partOne))).isEmpty();
    }

    @Test
    void movingPartOneAfterItsPartTwoConflicts() {
        ProgrammeSession partOne = workshop(slot(DAY_ONE, 9, 11), HALL, Optional.empty());
        ProgrammeSession partTwo = workshop(slot(DAY_ONE, 14, 16), HALL, Optional.of(partOne.id()));
        ProgrammeSession movedPartOne = ProgrammeSession.rehydrate(partOne.id(), EDITION,
                withSlot(partOne.details(), slot(DAY_ONE.plusDays(1), 9, 11)), 0L);
        assertThat(ScheduleCheck.conflicts(movedPartOne, DAYS, List.of(partOne, partTwo))).containsExactly(
                new ScheduleConflict(Kind.AFTER_NEXT_PART, Optional.of(partTwo.id()), Optional.empty()));
    }

    @Test
    void aPartMustContinueAWorkshopOfThisEditionThatNoOtherPartContinues() {
        ProgrammeSession panel = panel(slot(DAY_ONE, 9, 10), STUDIO);
        ProgrammeSession continuesAPanel = workshop(slot(DAY_ONE, 11, 12), HALL, Optional.of(panel.id()));
        assertThat(kinds(ScheduleCheck.conflicts(continuesAPanel, DAYS, List.of(panel))))
                .containsExactly(Kind.PREVIOUS_PART_UNKNOWN);
        ProgrammeSession continuesNothing = workshop(slot(DAY_ONE, 11, 12), HALL, Optional.of(SessionId.generate()));
        assertThat(kinds(ScheduleCheck.conflicts(continuesNothing, DAYS, List.of())))
                .containsExactly(Kind.PREVIOUS_PART_UNKNOWN);

        ProgrammeSession partOne = workshop(slot(DAY_ONE, 9, 10), HALL, Optional.empty());
        ProgrammeSession partTwo = workshop(slot(DAY_ONE, 10, 11), HALL, Optional.of(partOne.id()));
        ProgrammeSession secondPartTwo = workshop(slot(DAY_ONE, 14, 15), STUDIO, Optional.of(partOne.id()));
        assertThat(kinds(ScheduleCheck.conflicts(secondPartTwo, DAYS, List.of(partOne, partTwo))))
                .containsExactly(Kind.PREVIOUS_PART_ALREADY_CONTINUED);
    }

    @Test
    void partsCannotFormACircle() {
        ProgrammeSession partOne = workshop(slot(DAY_ONE, 9, 10), HALL, Optional.empty());
        ProgrammeSession partTwo = workshop(slot(DAY_ONE, 10, 11), HALL, Optional.of(partOne.id()));
        ProgrammeSession partOneContinuingPartTwo = ProgrammeSession.rehydrate(partOne.id(), EDITION,
                withContinues(partOne.details(), Optional.of(partTwo.id())), 0L);
        assertThat(kinds(ScheduleCheck.conflicts(partOneContinuingPartTwo, DAYS, List.of(partOne, partTwo))))
                .contains(Kind.PARTS_IN_A_CIRCLE);
    }

    @Test
    void everyConflictIsReportedAtOnce() {
        ProgrammeSession morning = workshop(slot(DAY_ONE, 9, 11), HALL, Optional.empty(), AMINA, BORIS);
        ProgrammeSession clash = panel(slot(DAY_ONE, 10, 11), HALL, AMINA, BORIS);
        assertThat(kinds(ScheduleCheck.conflicts(clash, DAYS, List.of(morning)))).containsExactlyInAnyOrder(
                Kind.ROOM_DOUBLE_BOOKED, Kind.PERSON_DOUBLE_BOOKED, Kind.PERSON_DOUBLE_BOOKED);
    }

    private static SessionDetails withSlot(SessionDetails d, TimeSlot slot) {
        return new SessionDetails(d.type(), d.title(), d.description(), slot, d.room(), d.track(), d.topics(),
                d.seats(), d.language(), d.interpretation(), d.chathamHouseRule(), d.continues(), d.contributors());
    }

    private static SessionDetails withContinues(SessionDetails d, Optional<SessionId> continues) {
        return new SessionDetails(d.type(), d.title(), d.description(), d.slot(), d.room(), d.track(), d.topics(),
                d.seats(), d.language(), d.interpretation(), d.chathamHouseRule(), continues, d.contributors());
    }
}
