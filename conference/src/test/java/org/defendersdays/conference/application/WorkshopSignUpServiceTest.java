package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.ConferenceTestApplication.Mailed;
import org.defendersdays.conference.WorkshopFixtures;
import org.defendersdays.conference.application.port.in.ManageWorkshopCalendarUseCase.FeedEdition;
import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase.PersonalProgramme;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase.WorkshopOffer;
import org.defendersdays.conference.application.port.in.SeeWorkshopLoadUseCase.EditionWorkshops;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownWorkshop;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.CalendarToken;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SeatStatus;
import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshop sign-up as its use cases do it, against PostgreSQL: seats then waitlist in order of
 * arrival, promotion with a mail in the promoted person's language, the refusals (twice, time clash,
 * later part, not a confirmed participant, not a workshop), multi-part workshops taken whole, and
 * the private calendar feed. Years 2040 and 2042 (EditionPagesTest has 2041, 2043 and 2045).
 */
@SpringBootTest(properties = "spring.messages.basename=i18n/conference,i18n/workshops")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopSignUpServiceTest {

    private static final int YEAR = 2040;

    @Autowired
    WorkshopSignUpService service;

    @Autowired
    JdbcTemplate jdbc;

    WorkshopFixtures fixtures;
    EditionId edition;

    @BeforeAll
    void edition() {
        fixtures = new WorkshopFixtures(jdbc);
        edition = fixtures.publishedEdition(YEAR);
    }

    private PersonId participant() {
        return fixtures.confirmedParticipant(edition, "en");
    }

    @Test
    void seatsGoFirstComeFirstServedThenTheWaitlistAndLeavingPromotesTheFirstWaiting() {
        SessionId workshop = fixtures.workshop(edition, "Secure messaging", 1, 9, 11, 2);
        PersonId amina = participant();
        PersonId boris = participant();
        PersonId chloe = fixtures.confirmedParticipant(edition, "fr");
        PersonId dawit = participant();

        assertThat(service.signUp(amina, YEAR, workshop)).isEqualTo(new Place(workshop, SeatStatus.CONFIRMED, 0));
        assertThat(service.signUp(boris, YEAR, workshop).confirmed()).isTrue();
        assertThat(service.signUp(chloe, YEAR, workshop)).isEqualTo(new Place(workshop, SeatStatus.WAITLISTED, 1));
        assertThat(service.signUp(dawit, YEAR, workshop)).isEqualTo(new Place(workshop, SeatStatus.WAITLISTED, 2));

        int mailedBefore = ConferenceTestApplication.MAILED.size();
        service.leave(amina, YEAR, workshop);

        assertThat(place(chloe, workshop)).contains(new Place(workshop, SeatStatus.CONFIRMED, 0));
        assertThat(place(dawit, workshop)).contains(new Place(workshop, SeatStatus.WAITLISTED, 1));
        assertThat(place(amina, workshop)).isEmpty();
        List<Mailed> mailed = ConferenceTestApplication.MAILED.subList(mailedBefore,
                ConferenceTestApplication.MAILED.size());
        assertThat(mailed).hasSize(1);
        assertThat(mailed.get(0).recipient()).isEqualTo(chloe);
        assertThat(mailed.get(0).letter().subject()).isEqualTo("Vous avez une place dans un atelier de Defenders' Days 2040");
        assertThat(mailed.get(0).letter().body()).contains("« Secure messaging »", "/conference/editions/2040/my-programme");

        service.leave(dawit, YEAR, workshop);
        assertThat(ConferenceTestApplication.MAILED).hasSize(mailedBefore + 1);
        assertThat(load(workshop)).isEqualTo(new int[] {2, 0});
    }

    @Test
    void aSecondSignUpAndLeavingWithoutAPlaceAreRefused() {
        SessionId workshop = fixtures.workshop(edition, "Digital first aid", 1, 9, 11, 5);
        PersonId person = participant();
        service.signUp(person, YEAR, workshop);

        assertThatThrownBy(() -> service.signUp(person, YEAR, workshop)).isInstanceOfSatisfying(SignUpRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.ALREADY_SIGNED_UP));
        assertThatThrownBy(() -> service.leave(participant(), YEAR, workshop)).isInstanceOfSatisfying(
                SignUpRefused.class, refused -> assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.NOT_SIGNED_UP));
        assertThat(load(workshop)).isEqualTo(new int[] {1, 0});
    }

    @Test
    void aWorkshopOverlappingOneInTheProgrammeIsRefusedEvenFromTheWaitlist() {
        SessionId morning = fixtures.workshop(edition, "Risk assessment", 2, 9, 11, 1);
        SessionId overlapping = fixtures.workshop(edition, "Wellbeing circle", 2, 10, 12, 10);
        SessionId afterwards = fixtures.workshop(edition, "Documentation", 2, 11, 13, 10);
        PersonId first = participant();
        PersonId waiting = participant();
        service.signUp(first, YEAR, morning);
        service.signUp(waiting, YEAR, morning);

        for (PersonId person : List.of(first, waiting)) {
            assertThatThrownBy(() -> service.signUp(person, YEAR, overlapping)).isInstanceOfSatisfying(
                    SignUpRefused.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.TIME_CLASH);
                        assertThat(refused.concerning()).isEqualTo("Risk assessment");
                    });
        }
        assertThat(service.signUp(first, YEAR, afterwards).confirmed()).as("ending as the other starts is fine").isTrue();
        assertThat(load(overlapping)).isEqualTo(new int[] {0, 0});
    }

    @Test
    void aMultiPartWorkshopIsTakenWholeThroughItsFirstPart() {
        SessionId one = fixtures.workshop(edition, "Threat modelling", 3, 9, 11, 1);
        SessionId two = fixtures.workshop(edition, "Threat modelling II", 3, 13, 15, 1, one);
        PersonId first = participant();
        PersonId second = participant();

        assertThatThrownBy(() -> service.signUp(first, YEAR, two)).isInstanceOfSatisfying(SignUpRefused.class,
                refused -> {
                    assertThat(refused.reason()).isEqualTo(SignUpRefused.Reason.LATER_PART);
                    assertThat(refused.concerning()).isEqualTo("Threat modelling");
                });
        service.signUp(first, YEAR, one);
        assertThat(place(first, two)).contains(new Place(two, SeatStatus.CONFIRMED, 0));
        assertThat(service.signUp(second, YEAR, one).confirmed()).isFalse();
        assertThat(place(second, two)).contains(new Place(two, SeatStatus.WAITLISTED, 1));

        service.leave(first, YEAR, two);
        assertThat(place(first, one)).isEmpty();
        assertThat(place(second, one)).contains(new Place(one, SeatStatus.CONFIRMED, 0));
        assertThat(place(second, two)).contains(new Place(two, SeatStatus.CONFIRMED, 0));
    }

    @Test
    void onlyConfirmedParticipantsSignUpForWorkshopsOfAPublishedProgramme() {
        SessionId workshop = fixtures.workshop(edition, "Legal aid", 4, 9, 11, 5);
        SessionId panel = fixtures.panel(edition, "Opening panel", 4, 12, 13);
        PersonId stranger = new PersonId(java.util.UUID.randomUUID());

        assertThatThrownBy(() -> service.signUp(stranger, YEAR, workshop)).isInstanceOf(NotAConfirmedParticipant.class);
        assertThatThrownBy(() -> service.signUp(participant(), YEAR, panel)).isInstanceOf(UnknownWorkshop.class);
        assertThatThrownBy(() -> service.signUp(participant(), YEAR, SessionId.generate()))
                .isInstanceOf(UnknownWorkshop.class);
        assertThatThrownBy(() -> service.signUp(participant(), 2199, workshop)).isInstanceOf(UnknownEdition.class);

        EditionId announced = fixtures.edition(YEAR + 2, "ANNOUNCED");
        SessionId early = fixtures.workshop(announced, "Too early", 1, 9, 10, 5);
        PersonId confirmed = fixtures.confirmedParticipant(announced, "en");
        assertThatThrownBy(() -> service.signUp(confirmed, YEAR + 2, early)).isInstanceOf(UnknownEdition.class);
        assertThat(load(workshop)).isEqualTo(new int[] {0, 0});
    }

    @Test
    void thePersonalProgrammeShowsSeatsLeftAndThePersonsPlaces() {
        SessionId workshop = fixtures.workshop(edition, "Safe travel", 4, 14, 16, 3);
        PersonId person = participant();
        service.signUp(person, YEAR, workshop);

        PersonalProgramme programme = service.personalProgramme(person, YEAR);
        assertThat(programme.participant()).isTrue();
        WorkshopOffer offer = programme.workshops().stream().filter(o -> o.session().id().equals(workshop))
                .findFirst().orElseThrow();
        assertThat(offer.seats()).isEqualTo(3);
        assertThat(offer.seatsLeft()).isEqualTo(2);
        assertThat(offer.place()).contains(new Place(workshop, SeatStatus.CONFIRMED, 0));
        assertThat(programme.mine()).extracting(o -> o.session().id()).containsExactly(workshop);
        assertThat(service.personalProgramme(new PersonId(java.util.UUID.randomUUID()), YEAR).participant()).isFalse();

        EditionWorkshops load = service.workshopLoad().stream().filter(e -> e.year() == YEAR).findFirst().orElseThrow();
        assertThat(load.workshops()).anySatisfy(w -> {
            assertThat(w.session().id()).isEqualTo(workshop);
            assertThat(w.confirmed()).isEqualTo(1);
        });
    }

    @Test
    void theCalendarFeedListsConfirmedWorkshopsAndAReplacedOrRevokedTokenStopsWorking() {
        SessionId seated = fixtures.workshop(edition, "Encryption basics", 5, 9, 11, 1);
        SessionId waiting = fixtures.workshop(edition, "Full already", 5, 13, 15, 1);
        PersonId person = participant();
        service.signUp(participant(), YEAR, waiting);
        service.signUp(person, YEAR, seated);
        service.signUp(person, YEAR, waiting);

        CalendarToken first = service.replaceCalendarToken(person);
        assertThat(service.calendarFeed(first.value())).contains(List.of(new FeedEdition(YEAR, List.of(seated))));
        assertThat(jdbc.queryForObject("SELECT token_sha256 FROM conference.workshop_calendar_token WHERE person_id = ?",
                String.class, person.value())).isEqualTo(first.sha256()).doesNotContain(first.value());

        CalendarToken second = service.replaceCalendarToken(person);
        assertThat(service.calendarFeed(first.value())).isEmpty();
        assertThat(service.calendarFeed(second.value())).isPresent();
        service.revokeCalendarToken(person);
        assertThat(service.calendarFeed(second.value())).isEmpty();
        assertThat(service.calendarFeed("not a token")).isEmpty();
    }

    @Test
    void whenAPlaceEndsEverySeatAndWaitlistPlaceGoesAndTheNextPeopleMoveUp() {
        SessionId one = fixtures.workshop(edition, "Documentation of violations", 4, 9, 11, 1);
        SessionId two = fixtures.workshop(edition, "Documentation of violations II", 4, 13, 15, 1, one);
        SessionId full = fixtures.workshop(edition, "Safe travel", 5, 9, 11, 1);
        PersonId leaving = participant();
        PersonId waiting = participant();
        PersonId holder = participant();
        service.signUp(leaving, YEAR, one);
        service.signUp(waiting, YEAR, one);
        service.signUp(holder, YEAR, full);
        service.signUp(leaving, YEAR, full);
        int mailedBefore = ConferenceTestApplication.MAILED.size();

        service.releaseAll(edition, leaving);

        assertThat(place(leaving, one)).isEmpty();
        assertThat(place(leaving, full)).isEmpty();
        assertThat(place(waiting, one)).contains(new Place(one, SeatStatus.CONFIRMED, 0));
        assertThat(place(waiting, two)).contains(new Place(two, SeatStatus.CONFIRMED, 0));
        assertThat(ConferenceTestApplication.MAILED.subList(mailedBefore, ConferenceTestApplication.MAILED.size()))
                .extracting(Mailed::recipient).containsExactly(waiting);
        service.releaseAll(edition, leaving);
        assertThat(load(full)).isEqualTo(new int[] {1, 0});
    }

    private Optional<Place> place(PersonId person, SessionId workshop) {
        return service.personalProgramme(person, YEAR).workshops().stream()
                .filter(offer -> offer.session().id().equals(workshop)).findFirst().flatMap(WorkshopOffer::place);
    }

    private int[] load(SessionId workshop) {
        return jdbc.query("""
                SELECT count(*) FILTER (WHERE status = 'CONFIRMED'), count(*) FILTER (WHERE status = 'WAITLISTED')
                FROM conference.workshop_seat WHERE session_id = ?""",
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, workshop.value()).get(0);
    }
}
