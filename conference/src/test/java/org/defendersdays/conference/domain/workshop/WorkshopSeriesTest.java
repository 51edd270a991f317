package org.defendersdays.conference.domain.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.junit.jupiter.api.Test;

/** The series a workshop forms, time clashes in a personal programme, and the calendar token. */
class WorkshopSeriesTest {

    private static final EditionId EDITION = EditionId.generate();
    private static final LocalDate DAY = LocalDate.of(2040, 4, 7);

    private static ProgrammeSession session(SessionType type, String title, LocalDate day, int from, int to,
            ProgrammeSession continues) {
        return ProgrammeSession.plan(SessionId.generate(), EDITION, new SessionDetails(type, title, Optional.empty(),
                new TimeSlot(day, LocalTime.of(from, 0), LocalTime.of(to, 0)), RoomId.generate(), Optional.empty(),
                Set.of(), type == SessionType.WORKSHOP ? Optional.of(20) : Optional.empty(), LanguageCode.of("en"),
                Set.of(), false, Optional.ofNullable(continues).map(ProgrammeSession::id), List.of()));
    }

    private static ProgrammeSession workshop(String title, int from, int to) {
        return session(SessionType.WORKSHOP, title, DAY, from, to, null);
    }

    @Test
    void aSingleWorkshopIsASeriesOfOne() {
        ProgrammeSession single = workshop("Secure messaging", 9, 11);
        WorkshopSeries series = WorkshopSeries.startingAt(single, List.of(single, workshop("Other", 9, 11)));
        assertThat(series.sessionIds()).containsExactly(single.id());
        assertThat(series.first()).isSameAs(single);
    }

    @Test
    void signingUpForTheFirstPartTakesEveryPartInOrder() {
        ProgrammeSession one = workshop("Threat modelling", 9, 11);
        ProgrammeSession two = session(SessionType.WORKSHOP, "Threat modelling II", DAY, 13, 15, one);
        ProgrammeSession three = session(SessionType.WORKSHOP, "Threat modelling III", DAY.plusDays(1), 9, 11, two);
        List<ProgrammeSession> programme = List.of(three, workshop("Else", 9, 10), two, one);

        assertThat(WorkshopSeries.startingAt(one, programme).sessionIds()).containsExactly(one.id(), two.id(),
                three.id());
        assertThat(WorkshopSeries.containing(three, programme).sessionIds()).containsExactly(one.id(), two.id(),
                three.id());
    }

    @Test
    void aLaterPartIsRefusedWithTheFirstPartsTitle() {
        ProgrammeSession one = workshop("Threat modelling", 9, 11);
        ProgrammeSession two = session(SessionType.WORKSHOP, "Threat modelling II", DAY, 13, 15, one);
        ProgrammeSession three = session(SessionType.WORKSHOP, "Threat modelling III", DAY, 16, 17, two);

        assertThatThrownBy(() -> WorkshopSeries.startingAt(three, List.of(one, two, three)))
                .isInstanceOfSatisfying(SignUpRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.LATER_PART);
                    assertThat(refused.concerning()).isEqualTo("Threat modelling");
                    assertThat(refused.messageKey()).isEqualTo("workshops.refused.laterPart");
                });
    }

    @Test
    void aClashIsAnyOverlapOfAnyPartWithTheProgrammeButTouchingIsFine() {
        ProgrammeSession one = workshop("Threat modelling", 9, 11);
        ProgrammeSession two = session(SessionType.WORKSHOP, "Threat modelling II", DAY, 13, 15, one);
        WorkshopSeries series = WorkshopSeries.startingAt(one, List.of(one, two));

        ProgrammeSession before = workshop("Breakfast briefing", 8, 9);
        ProgrammeSession afternoon = workshop("Afternoon lab", 14, 16);
        ProgrammeSession nextDay = session(SessionType.WORKSHOP, "Next day", DAY.plusDays(1), 9, 11, null);

        assertThat(series.clashWith(List.of(before, nextDay))).isEmpty();
        assertThat(series.clashWith(List.of(nextDay, afternoon))).contains(afternoon);
        assertThat(series.clashWith(List.of(one, two))).as("its own parts are no clash").isEmpty();
    }

    @Test
    void onlyWorkshopsFormASeries() {
        ProgrammeSession panel = session(SessionType.PANEL, "Panel", DAY, 9, 10, null);
        assertThatThrownBy(() -> WorkshopSeries.startingAt(panel, List.of(panel)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarTokenIs256RandomBitsAndOnlyItsHashIsKept() {
        CalendarToken token = CalendarToken.generate();
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(CalendarToken.generate()).isNotEqualTo(token);
        assertThat(token.sha256()).matches("[0-9a-f]{64}").isEqualTo(new CalendarToken(token.value()).sha256());
        assertThat(token.toString()).doesNotContain(token.value());
        assertThat(CalendarToken.looksLikeOne(token.value())).isTrue();
        assertThat(CalendarToken.looksLikeOne("../../etc/passwd")).isFalse();
        assertThat(CalendarToken.looksLikeOne(null)).isFalse();
    }

    @Test
    void onlyAWaitlistedPlaceHasAPosition() {
        SessionId id = SessionId.generate();
        assertThat(new Place(id, SeatStatus.WAITLISTED, 3).confirmed()).isFalse();
        assertThatThrownBy(() -> new Place(id, SeatStatus.CONFIRMED, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Place(id, SeatStatus.WAITLISTED, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
