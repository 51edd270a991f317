package org.defendersdays.conference.adapter.in.web;

import static org.defendersdays.conference.ConferenceTestApplication.DISPLAY_NAMES;
import static org.defendersdays.conference.ConferenceTestApplication.ORGANISER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.defendersdays.conference.ParticipationFixture;
import org.defendersdays.conference.ParticipationFixture.Edition;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The participant list: only for confirmed participants of the edition, only once its programme is
 * published, and only with the names of those who opted in and are not at high risk. The signed-in
 * person of these tests is the module test application's organiser.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantListPagesTest {

    private static final int PUBLISHED = 2070;
    private static final int NOT_PUBLISHED = 2071;
    private static final int NOT_MINE = 2072;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void participants(@Autowired JdbcTemplate jdbc) {
        ParticipationFixture fixture = new ParticipationFixture(jdbc);
        Edition published = fixture.edition(PUBLISHED, "PROGRAMME_PUBLISHED");
        fixture.confirmed(published, ORGANISER.id(), false, false);
        named(fixture.confirmed(published, PersonId.generate(), true, false), "Listed Lina");
        named(fixture.confirmed(published, PersonId.generate(), true, true), "High-risk Hamid");
        named(fixture.confirmed(published, PersonId.generate(), false, false), "Unlisted Ursula");
        named(fixture.accepted(published, PersonId.generate(), true, false, "OFFERED"), "Offered Olga");
        named(fixture.accepted(published, PersonId.generate(), true, false, "DECLINED"), "Declined Dmitri");

        Edition notPublished = fixture.edition(NOT_PUBLISHED, "ANNOUNCED");
        fixture.confirmed(notPublished, ORGANISER.id(), true, false);
        named(fixture.confirmed(notPublished, PersonId.generate(), true, false), "Early Emma");

        Edition notMine = fixture.edition(NOT_MINE, "PROGRAMME_PUBLISHED");
        named(fixture.confirmed(notMine, PersonId.generate(), true, false), "Other Omar");
    }

    private static void named(PersonId person, String name) {
        DISPLAY_NAMES.put(person, name);
    }

    @Test
    void aConfirmedParticipantSeesOnlyThoseWhoOptedInAndAreNotAtHighRisk() throws Exception {
        mvc.perform(get("/conference/editions/{year}/participants", PUBLISHED).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Participants of Defenders&#39; Days " + PUBLISHED)))
                .andExpect(content().string(containsString("Listed Lina")))
                .andExpect(content().string(not(containsString("High-risk Hamid"))))
                .andExpect(content().string(not(containsString("Unlisted Ursula"))))
                .andExpect(content().string(not(containsString("Offered Olga"))))
                .andExpect(content().string(not(containsString("Declined Dmitri"))));
    }

    @Test
    void beforeTheProgrammeIsPublishedNobodyIsShown() throws Exception {
        mvc.perform(get("/conference/editions/{year}/participants", NOT_PUBLISHED).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("opens once the edition&#39;s programme is published")))
                .andExpect(content().string(not(containsString("Early Emma"))));
    }

    @Test
    void someoneWithoutAConfirmedPlaceIsToldTheListIsForParticipants() throws Exception {
        mvc.perform(get("/conference/editions/{year}/participants", NOT_MINE).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Only people holding a confirmed place")))
                .andExpect(content().string(not(containsString("Other Omar"))));
    }

    @Test
    void theMessageIsInTheReadersLanguage() throws Exception {
        mvc.perform(get("/conference/editions/{year}/participants", NOT_MINE).header("Accept-Language", "ar"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("لا يرى من يشارك أيضًا")));
    }

    @Test
    void anUnknownEditionOrAMangledYearIsNotFound() throws Exception {
        mvc.perform(get("/conference/editions/{year}/participants", 2079)).andExpect(status().isNotFound());
        mvc.perform(get("/conference/editions/not-a-year/participants")).andExpect(status().isBadRequest());
    }
}
