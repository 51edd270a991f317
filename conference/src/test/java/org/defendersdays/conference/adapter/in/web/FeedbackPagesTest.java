package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defendersdays.conference.ConferenceTestApplication.ORGANISER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.ParticipationFixture;
import org.defendersdays.conference.ParticipationFixture.Edition;
import org.defendersdays.conference.application.port.in.GiveFeedbackCommand;
import org.defendersdays.conference.application.port.in.GiveFeedbackUseCase;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.conference.domain.feedback.FeedbackRuleViolation;
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
 * Feedback surveys after the conference: anonymous (no person next to an answer, nothing to join a
 * receipt to an answer), one answer per person and survey, not before the end, not for people
 * without a confirmed place, and results shown to admins only from three answers on. The
 * signed-in person is the module test application's organiser (also a conference admin).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackPagesTest {

    /** Over (archived): every survey is open. The organiser holds a confirmed place. */
    private static final int OVER = 2073;
    /** Programme published, sessions still ahead. The organiser holds a confirmed place. */
    private static final int AHEAD = 2074;
    /** Over, but the organiser holds no place there. */
    private static final int NOT_MINE = 2075;
    /** Over; answers come from other participants, to see the threshold of three. */
    private static final int THRESHOLD = 2076;
    /** Over; many answers from one person arrive at once. */
    private static final int RACE = 2077;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GiveFeedbackUseCase feedback;

    private ParticipationFixture fixture;
    private UUID overSession;
    private UUID aheadSession;
    private UUID notMineSession;
    private Edition threshold;
    private UUID thresholdSession;
    private final List<PersonId> thresholdParticipants = new ArrayList<>();
    private Edition race;

    @BeforeAll
    void editions() {
        fixture = new ParticipationFixture(jdbc);
        Edition over = fixture.edition(OVER, "ARCHIVED");
        overSession = fixture.session(over, "Digital security clinic");
        fixture.confirmed(over, ORGANISER.id(), false, false);

        Edition ahead = fixture.edition(AHEAD, "PROGRAMME_PUBLISHED");
        aheadSession = fixture.session(ahead, "Future panel");
        fixture.confirmed(ahead, ORGANISER.id(), false, false);

        Edition notMine = fixture.edition(NOT_MINE, "ARCHIVED");
        notMineSession = fixture.session(notMine, "Someone else's session");
        fixture.accepted(notMine, ORGANISER.id(), false, false, "OFFERED");

        threshold = fixture.edition(THRESHOLD, "ARCHIVED");
        thresholdSession = fixture.session(threshold, "Small workshop");
        for (int i = 0; i < 3; i++) {
            thresholdParticipants.add(fixture.confirmed(threshold, PersonId.generate(), false, false));
        }
        race = fixture.edition(RACE, "ARCHIVED");
        fixture.confirmed(race, ORGANISER.id(), false, false);
    }

    @Test
    void aParticipantAnswersASessionSurveyOnceAndOnlyOnce() throws Exception {
        mvc.perform(get("/conference/editions/{year}/feedback", OVER).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Digital security clinic")))
                .andExpect(content().string(containsString("/conference/editions/" + OVER + "/feedback/" + overSession)));
        mvc.perform(get("/conference/editions/{year}/feedback/{survey}", OVER, overSession).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your answers are anonymous")));

        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", OVER, overSession)
                .param("rating", "4").param("whatWorked", "Hands-on exercises").param("couldBeBetter", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/conference/editions/" + OVER + "/feedback"));

        mvc.perform(get("/conference/editions/{year}/feedback", OVER).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("answered, thank you")));
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", OVER, overSession)
                .header("Accept-Language", "en").param("rating", "1").param("whatWorked", "Second try"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("You have already answered this survey")));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.feedback_answer WHERE survey_id = ?",
                Integer.class, overSession)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT rating FROM conference.feedback_answer WHERE survey_id = ?",
                Integer.class, overSession)).isEqualTo(4);
        byte[] sealed = jdbc.queryForObject(
                "SELECT what_worked_sealed FROM conference.feedback_answer WHERE survey_id = ?", byte[].class,
                overSession);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Hands-on");
    }

    @Test
    void theConferenceAsAWholeHasItsOwnSurvey() throws Exception {
        UUID conference = jdbc.queryForObject("SELECT id FROM conference.edition WHERE year = ?", UUID.class, OVER);
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", OVER, conference)
                .param("rating", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.feedback_answer WHERE survey_id = ?",
                Integer.class, conference)).isEqualTo(1);
    }

    @Test
    void theAnswerTableHasNoPersonAndNoMomentAndTheReceiptsShareNothingWithIt() {
        List<String> answerColumns = columns("feedback_answer");
        assertThat(answerColumns).containsExactlyInAnyOrder("id", "edition_id", "survey_id", "rating",
                "what_worked_sealed", "could_be_better_sealed", "answered_on");
        assertThat(jdbc.queryForObject("""
                SELECT data_type FROM information_schema.columns
                 WHERE table_schema = 'conference' AND table_name = 'feedback_answer' AND column_name = 'answered_on'
                """, String.class)).isEqualTo("date");
        List<String> receiptColumns = columns("feedback_receipt");
        assertThat(receiptColumns).containsExactlyInAnyOrder("survey_id", "person_id", "edition_id");
        // What both tables have in common identifies only the survey, never one answer.
        List<String> shared = new ArrayList<>(receiptColumns);
        shared.retainAll(answerColumns);
        assertThat(shared).containsExactlyInAnyOrder("survey_id", "edition_id");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM information_schema.table_constraints
                 WHERE table_schema = 'conference' AND table_name IN ('feedback_answer', 'feedback_receipt')
                   AND constraint_type = 'FOREIGN KEY'
                   AND constraint_name NOT LIKE '%edition_id%'
                """, Integer.class)).isZero();
    }

    @Test
    void aSurveyIsNotOpenBeforeWhatItIsAboutHasEnded() throws Exception {
        mvc.perform(get("/conference/editions/{year}/feedback", AHEAD).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("opens once it has ended")))
                .andExpect(content().string(not(containsString("/feedback/" + aheadSession))));
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", AHEAD, aheadSession)
                .header("Accept-Language", "en").param("rating", "5"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("opens once what it is about has ended")));
        assertThat(answersTo(aheadSession)).isZero();
    }

    @Test
    void someoneWithoutAConfirmedPlaceCannotGiveFeedback() throws Exception {
        mvc.perform(get("/conference/editions/{year}/feedback", NOT_MINE).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Only people holding a confirmed place")));
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", NOT_MINE, notMineSession)
                .header("Accept-Language", "en").param("rating", "5"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Only people holding a confirmed place")));
        assertThat(answersTo(notMineSession)).isZero();
    }

    @Test
    void aBadRatingOrTooLongTextIsExplainedAndWhatWasTypedIsKept() throws Exception {
        UUID survey = jdbc.queryForObject("SELECT id FROM conference.edition WHERE year = ?", UUID.class, RACE);
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", RACE, survey)
                .header("Accept-Language", "en").param("rating", "9").param("whatWorked", "Kept text"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5.")))
                .andExpect(content().string(containsString("href=\"#rating\"")))
                .andExpect(content().string(containsString("Kept text")));
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", RACE, survey)
                .header("Accept-Language", "en").param("rating", "3")
                .param("couldBeBetter", "x".repeat(FeedbackAnswer.MAX_TEXT + 1)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("at most 2000 characters")));
        assertThat(answersTo(survey)).isZero();
    }

    @Test
    void aTamperedSurveyIsNotFound() throws Exception {
        mvc.perform(post("/conference/editions/{year}/feedback/{survey}", OVER, UUID.randomUUID())
                .param("rating", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/conference/editions/{year}/feedback/{survey}", OVER, "not-a-uuid"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/conference/editions/{year}/feedback", 2079)).andExpect(status().isNotFound());
    }

    @Test
    void answersSentAtOnceByOnePersonCountOnce() throws Exception {
        UUID survey = race.id();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> {
                    try {
                        feedback.answer(new GiveFeedbackCommand(RACE, survey, ORGANISER.id(),
                                new FeedbackAnswer(4, Optional.empty(), Optional.empty())));
                        return true;
                    } catch (FeedbackRuleViolation already) {
                        return false;
                    }
                });
            }
            int stored = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                stored += attempt.get() ? 1 : 0;
            }
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(answersTo(survey)).isEqualTo(1);
    }

    @Test
    void adminsSeeResultsOnlyFromThreeAnswersOn() throws Exception {
        give(thresholdParticipants.get(0), 5, "The trainer knew our context");
        give(thresholdParticipants.get(1), 4, "Small group");
        String twoAnswers = mvc.perform(get("/admin/conference/editions/{year}/feedback", THRESHOLD)
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(twoAnswers).contains("Small workshop", "Not enough answers to show without identifying anyone")
                .doesNotContain("The trainer knew our context", "Small group", "Average rating");

        give(thresholdParticipants.get(2), 3, null);
        String threeAnswers = mvc.perform(get("/admin/conference/editions/{year}/feedback", THRESHOLD)
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(threeAnswers).contains("Answers: 3", "Average rating: 4.0 out of 5",
                "The trainer knew our context", "Small group");
        assertThat(ConferenceTestApplication.AUDITED).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("conference.feedback.read");
            assertThat(entry.targetId()).contains(threshold.id().toString());
        });

        assertThatThrownBy(() -> give(thresholdParticipants.get(0), 1, "again"))
                .isInstanceOfSatisfying(FeedbackRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo("feedback.error.alreadyAnswered"));
    }

    @Test
    void theAdminIndexLinksEditionsWithAPublishedProgramme() throws Exception {
        mvc.perform(get("/admin/conference/feedback").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/conference/editions/" + THRESHOLD + "/feedback")));
    }

    private void give(PersonId person, int rating, String worked) {
        feedback.answer(new GiveFeedbackCommand(THRESHOLD, thresholdSession, person,
                new FeedbackAnswer(rating, Optional.ofNullable(worked), Optional.empty())));
    }

    private int answersTo(UUID survey) {
        return jdbc.queryForObject("SELECT count(*) FROM conference.feedback_answer WHERE survey_id = ?",
                Integer.class, survey);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'conference' AND table_name = ?
                """, String.class, table);
    }
}
