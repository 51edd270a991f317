package org.defendersdays.testing;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seeds a call for applications and submitted applications with SQL, for app tests of review and
 * selection (the applying pages are another feature): an announced edition, a call with places,
 * two criteria and a question.
 */
public final class Applications {

    /** A seeded call: its edition and call ids and its two criteria (0..5 weight 2, 0..10 weight 1). */
    public record Call(int year, UUID editionId, UUID callId, UUID clarity, UUID impact, UUID question) {
    }

    private Applications() {
    }

    public static Call call(JdbcTemplate jdbc, int year, int places) {
        UUID edition = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("INSERT INTO conference.edition (id, year, city, status, version) VALUES (?, ?, 'Stockholm', "
                + "'ANNOUNCED', 1)", edition, year);
        jdbc.update("INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, "
                + "confirmation_days, version) VALUES (?, ?, ?, ?, ?, 14, 1)", call, edition,
                Timestamp.from(now.minus(Duration.ofDays(60))), Timestamp.from(now.minus(Duration.ofDays(1))), places);
        UUID clarity = UUID.randomUUID();
        UUID impact = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.review_criterion (id, call_id, position, name, max_score, weight) "
                + "VALUES (?, ?, 1, 'Clarity of purpose', 5, 2), (?, ?, 2, 'Expected impact', 10, 1)", clarity, call,
                impact, call);
        UUID question = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.call_question (id, call_id, position, prompt) "
                + "VALUES (?, ?, 1, 'What would you take home?')", question, call);
        return new Call(year, edition, call, clarity, impact, question);
    }

    /** The person id of the account with this address. */
    public static UUID personWith(JdbcTemplate jdbc, String email) {
        return jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email);
    }

    /** A submitted application of the person (sealed risk situation included, as bytes no page may show). */
    public static UUID submitted(JdbcTemplate jdbc, Call call, UUID applicant, String language) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.application (id, call_id, edition_id, applicant, status, focus_areas, "
                + "country, region, languages, hopes_to_learn, hopes_to_share, attended_before, risk_situation_sealed, "
                + "needs_visa_letter, consent_data_use, message_language, created_at, submitted_at, version) "
                + "VALUES (?, ?, ?, ?, 'SUBMITTED', '{\"land rights\"}', 'KE', 'AFRICA', '{en,sw}', "
                + "'Secure messaging for our network', 'Community radio in the hills', false, '\\x010203', true, true, "
                + "?, now(), now(), 1)", id, call.callId(), call.editionId(), applicant, language);
        jdbc.update("INSERT INTO conference.application_answer (application_id, question_id, answer) VALUES (?, ?, ?)",
                id, call.question(), "Ways to keep my sources safe");
        return id;
    }
}
