package org.defendersdays.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.GiveFeedbackCommand;
import org.defendersdays.conference.application.port.in.GiveFeedbackUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * After Defenders' Days, in a real headless Chromium with nothing but links and forms: a confirmed
 * participant opens the participant list (sees a participant who opted in, not one at high risk),
 * then gives feedback on a session, first forgetting the rating. A conference admin sees that
 * session's results only once three answers exist.
 */
@PlatformTest
class FeedbackBrowserTest extends BrowserTest {

    private static final int YEAR = 2124;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanEditionUseCase plan;

    @Autowired
    AnnounceEditionUseCase announce;

    @Autowired
    PublishProgrammeUseCase publishProgramme;

    @Autowired
    ArchiveEditionUseCase archive;

    @Autowired
    GiveFeedbackUseCase feedback;

    @Test
    void aParticipantSeesTheListGivesFeedbackAndAnAdminSeesResultsFromThreeAnswers() throws Exception {
        String participant = Accounts.verified(mvc, "Pia Participant");
        String listed = Accounts.verified(mvc, "Lars Listed");
        String highRisk = Accounts.verified(mvc, "Hana Hidden");
        Accounts.Staff admin = Accounts.staffWithSecondFactor(mvc, jdbc, Role.CONFERENCE_ADMIN);

        EditionId edition = plan.plan(new PlanEditionCommand(YEAR, new EditionFacts(
                Optional.of(new EditionDates(LocalDate.of(YEAR, 5, 9), LocalDate.of(YEAR, 5, 11))), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        UUID session = session(edition.value(), "Digital security clinic");
        announce.announce(edition);
        publishProgramme.publishProgramme(edition);
        archive.archive(edition);
        UUID call = call(edition.value());
        PersonId pia = confirmed(edition.value(), call, participant, true, false);
        PersonId lars = confirmed(edition.value(), call, listed, true, false);
        PersonId hana = confirmed(edition.value(), call, highRisk, true, true);

        String base = url("");
        browser.signIn(base, participant, Accounts.STRONG_PASSWORD);
        WebDriver driver = browser.driver();

        driver.get(base + "/conference/editions/" + YEAR + "/participants?lang=en");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Participants of Defenders' Days " + YEAR);
        String names = driver.findElement(By.cssSelector("ul.participant-names")).getText();
        assertThat(names).contains("Lars Listed", "Pia Participant").doesNotContain("Hana Hidden");
        assertAccessible("the participant list");

        browser.clickToNextPage(By.linkText("Feedback surveys"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Feedback on Defenders' Days " + YEAR);
        assertAccessible("the feedback surveys");
        browser.clickToNextPage(By.cssSelector("li[data-survey='" + session + "'] a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Digital security clinic");

        driver.findElement(By.id("whatWorked")).sendKeys("Hands-on work on our own phones");
        browser.submitMainForm();
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("Choose a rating from 1 to 5.");
        assertThat(driver.findElement(By.id("whatWorked")).getAttribute("value"))
                .isEqualTo("Hands-on work on our own phones");
        assertAccessible("the feedback form with an error");

        driver.findElement(By.id("rating-4")).click();
        browser.submitMainForm();
        assertThat(driver.findElement(By.cssSelector("[role='status']")).getText()).contains("saved, anonymously");
        assertThat(driver.findElement(By.cssSelector("li[data-survey='" + session + "']")).getText())
                .contains("answered, thank you");
        assertAccessible("the surveys after answering");

        driver.get(base + "/conference/editions/" + YEAR + "/participants?lang=ar");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertAccessible("the participant list in Arabic");

        driver.manage().deleteAllCookies();
        browser.signIn(base, admin.email(), Accounts.STRONG_PASSWORD, Accounts.totp(admin.secret(), 1));
        driver.get(base + "/admin/conference/editions/" + YEAR + "/feedback?lang=en");
        String oneAnswer = driver.findElement(By.cssSelector("section[data-survey='" + session + "']")).getText();
        assertThat(oneAnswer).contains("Not enough answers to show without identifying anyone")
                .doesNotContain("Hands-on work");
        assertAccessible("the feedback results with too few answers");

        give(session, lars, 5, "The trainer knew our context");
        give(session, hana, 3, null);
        driver.get(base + "/admin/conference/editions/" + YEAR + "/feedback?lang=en");
        String threeAnswers = driver.findElement(By.cssSelector("section[data-survey='" + session + "']")).getText();
        assertThat(threeAnswers).contains("Answers: 3", "Average rating: 4.0 out of 5",
                "Hands-on work on our own phones", "The trainer knew our context")
                .doesNotContain("Not enough answers");
        assertAccessible("the feedback results");
        assertThat(pia).isNotNull();
    }

    private void give(UUID survey, PersonId person, int rating, String worked) {
        feedback.answer(new GiveFeedbackCommand(YEAR, survey, person,
                new FeedbackAnswer(rating, Optional.ofNullable(worked), Optional.empty())));
    }

    private UUID session(UUID edition, String title) {
        UUID room = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Main hall', 0)", room,
                edition);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, language, chatham_house_rule, version)
                VALUES (?, ?, 'PANEL', ?, ?, ?, ?, ?, 'en', false, 0)
                """, id, edition, title, Date.valueOf(LocalDate.of(YEAR, 5, 9)), Time.valueOf(LocalTime.of(10, 0)),
                Time.valueOf(LocalTime.of(11, 30)), room);
        return id;
    }

    private UUID call(UUID edition) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 100, 0)
                """, id, edition);
        return id;
    }

    /** What applying, selection and confirmation would have left for this person. */
    private PersonId confirmed(UUID edition, UUID call, String email, boolean listed, boolean highRisk) {
        PersonId person = new PersonId(jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?",
                UUID.class, email));
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, listed_to_participants, message_language, high_risk, created_at, submitted_at,
                    version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'KE', 'AFRICA', true, ?, 'en', ?, now(), now(), 0)
                """, application, call, edition, person.value(), listed, highRisk);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                    decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, now(), 0)
                """, application, edition, UUID.randomUUID());
        return person;
    }
}
