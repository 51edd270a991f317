package org.defendersdays.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.Applications;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/**
 * The whole way to Defenders' Days through the real pages of every part, on one platform: a member
 * applies with the form, a reviewer scores blind, an admin accepts, the member confirms (and the
 * community adds them to the edition's group), signs up for a workshop, asks for a visa letter, and
 * finally withdraws, which ends the place and frees the workshop seat for the next person. The
 * parts were built side by side; this proves they fit. Year 2127.
 */
@PlatformTest
class ParticipationJourneyTest {

    private static final int YEAR = 2127;
    private static final String EDITION = "/conference/editions/" + YEAR;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fromApplicationToWorkshopAndBackOut() throws Exception {
        UUID edition = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        UUID workshop = UUID.randomUUID();
        UUID criterion = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, venue, status, languages, version)
                VALUES (?, ?, ?, ?, 'Stockholm', 'Studio house', 'PROGRAMME_PUBLISHED', '{en}', 0)""", edition, YEAR,
                Date.valueOf(LocalDate.of(YEAR, 4, 7)), Date.valueOf(LocalDate.of(YEAR, 4, 10)));
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Studio', 0)", room,
                edition);
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, seats, language, chatham_house_rule, version)
                VALUES (?, ?, 'WORKSHOP', 'Holistic security', ?, ?, ?, ?, 1, 'en', false, 0)""", workshop, edition,
                Date.valueOf(LocalDate.of(YEAR, 4, 8)), Time.valueOf(LocalTime.of(9, 0)),
                Time.valueOf(LocalTime.of(12, 0)), room);
        UUID call = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '1 day', now() + interval '30 days', 40, 0)""", call, edition);
        jdbc.update("""
                INSERT INTO conference.review_criterion (id, call_id, position, name, max_score, weight)
                VALUES (?, ?, 1, 'Relevance of the work', 5, 1)""", criterion, call);
        jdbc.update("UPDATE conference.publication_revision SET revision = revision + 1");

        // A member applies with the form and submits.
        String email = Accounts.verified(mvc, "Wanjiru Journey");
        Cookie member = Accounts.signIn(mvc, email, Accounts.STRONG_PASSWORD);
        UUID person = Applications.personWith(jdbc, email);
        MockHttpServletResponse submitted = send(post(EDITION + "/application").cookie(member)
                .param("focusAreas", "digital-security").param("country", "KE").param("region", "AFRICA")
                .param("languages", "sw").param("hopesToLearn", "Keeping my sources safe.")
                .param("riskSituation", "Followed after the land hearings.").param("needsVisaLetter", "true")
                .param("consentDataUse", "true").param("photoPreference", "RED").param("listedToParticipants", "true")
                .param("messageLanguage", "es").param("version", "").param("action", "submit"));
        assertThat(submitted.getStatus()).isEqualTo(302);
        UUID application = jdbc.queryForObject("SELECT id FROM conference.application WHERE applicant = ? "
                + "AND status = 'SUBMITTED'", UUID.class, person);
        byte[] sealed = jdbc.queryForObject("SELECT risk_situation_sealed FROM conference.application WHERE id = ?",
                byte[].class, application);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("land hearings");
        assertThat(TestMailServer.awaitMail(email, "hemos recibido su solicitud")).contains(EDITION + "/application")
                .doesNotContain("land hearings", "Keeping my sources safe.");

        // A reviewer scores it blind: nothing on the sheet says who applied.
        Cookie reviewer = Accounts.signedInWithRoles(mvc, jdbc, Role.REVIEWER);
        String sheet = send(get("/admin/conference/review/applications/" + application).cookie(reviewer))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(sheet).contains("Keeping my sources safe.").doesNotContain("Wanjiru", email, person.toString(),
                "land hearings");
        assertThat(send(post("/admin/conference/review/applications/" + application).cookie(reviewer)
                .param("score-" + criterion, "4")).getStatus()).isEqualTo(302);

        // An admin accepts; the member hears it in Spanish and confirms.
        Cookie admin = Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN);
        assertThat(send(get("/admin/conference/editions/" + YEAR + "/selection").cookie(admin))
                .getContentAsString(StandardCharsets.UTF_8)).contains(application.toString().substring(0, 8));
        assertThat(send(post("/admin/conference/editions/" + YEAR + "/selection/" + application + "/decision")
                .cookie(admin).param("outcome", "ACCEPTED").param("version", "0")).getStatus()).isEqualTo(302);
        assertThat(TestMailServer.awaitMail(email, "se le ofrece una plaza")).contains(EDITION + "/place");
        assertThat(send(post(EDITION + "/place/confirm").cookie(member)).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.confirmed_participant WHERE person_id = ?",
                Integer.class, person)).isEqualTo(1);
        awaitGroupMembership(edition, person);

        // Workshop: the one seat is theirs; a second confirmed participant waits.
        assertThat(send(post(EDITION + "/my-programme/sign-up").cookie(member).param("session", workshop.toString()))
                .getStatus()).isEqualTo(302);
        String otherEmail = Accounts.verified(mvc, "Second Journey");
        UUID other = Applications.personWith(jdbc, otherEmail);
        confirmedPlace(call, edition, other);
        Cookie second = Accounts.signIn(mvc, otherEmail, Accounts.STRONG_PASSWORD);
        send(post(EDITION + "/my-programme/sign-up").cookie(second).param("session", workshop.toString()));
        assertThat(seat(workshop, person)).isEqualTo("CONFIRMED");
        assertThat(seat(workshop, other)).isEqualTo("WAITLISTED");

        // The visa letter request is stored sealed.
        assertThat(send(post(EDITION + "/visa-letter").cookie(member).param("nameInPassport", "Wanjiru Mwangi")
                .param("nationality", "Kenyan").param("dateOfBirth", "1988-02-03").param("passportNumber", "AK1234567")
                .param("issuedOn", "2024-01-10").param("expiresOn", (YEAR + 3) + "-01-10")
                .param("issuingCountry", "Kenya").param("embassy", "Sweden in Nairobi")).getStatus()).isIn(200, 302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.visa_letter_request WHERE person_id = ?",
                Integer.class, person)).isEqualTo(1);

        // Withdrawing ends the place; the seat goes to the person waiting, who is told.
        assertThat(send(post(EDITION + "/application/withdraw").cookie(member)).getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.confirmed_participant WHERE person_id = ?",
                Integer.class, person)).isZero();
        assertThat(seat(workshop, person)).isNull();
        assertThat(seat(workshop, other)).isEqualTo("CONFIRMED");
        assertThat(TestMailServer.awaitMail(otherEmail, "workshop")).contains("Holistic security");
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private String seat(UUID workshop, UUID person) {
        return jdbc.query("SELECT status FROM conference.workshop_seat WHERE session_id = ? AND person_id = ?",
                rs -> rs.next() ? rs.getString(1) : null, workshop, person);
    }

    private void confirmedPlace(UUID call, UUID edition, UUID person) {
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, message_language, created_at, submitted_at, version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'UG', 'AFRICA', true, 'en', now(), now(), 0)""", application, call,
                edition, person);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                    decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, now(), 0)""", application, edition, UUID.randomUUID());
    }

    /** The community's listener runs after commit, asynchronously. */
    private void awaitGroupMembership(UUID edition, UUID person) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            Integer count = jdbc.queryForObject("""
                    SELECT count(*) FROM community.group_member m JOIN community.member_group g ON g.id = m.group_id
                     WHERE g.edition_id = ? AND m.person_id = ? AND m.left_at IS NULL""", Integer.class, edition, person);
            if (count != null && count == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the accepted person never joined the edition's group");
    }
}
