package org.defendersdays.conference;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for review and selection, written with SQL into the schema's tables (the applying
 * pages are another feature): an announced edition with a call, its criteria and one question,
 * and submitted applications.
 */
public final class SelectionData {

    /** A call as the tests need it: its ids and those of its two criteria (max 5 weight 2; max 10 weight 1). */
    public record Call(int year, UUID editionId, UUID callId, UUID clarity, UUID impact, UUID question) {
    }

    private final JdbcTemplate jdbc;

    public SelectionData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Call call(int year, int places) {
        UUID edition = UUID.randomUUID();
        UUID call = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.edition (id, year, city, status, version) VALUES (?, ?, 'Stockholm', "
                + "'ANNOUNCED', 1)", edition, year);
        Instant now = Instant.now();
        jdbc.update("INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, "
                + "confirmation_days, asks_gender, version) VALUES (?, ?, ?, ?, ?, 14, true, 1)", call, edition,
                Timestamp.from(now.minus(Duration.ofDays(60))), Timestamp.from(now.minus(Duration.ofDays(1))), places);
        UUID clarity = criterion(call, 1, "Clarity of purpose", 5, 2);
        UUID impact = criterion(call, 2, "Expected impact", 10, 1);
        UUID question = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.call_question (id, call_id, position, prompt, required) "
                + "VALUES (?, ?, 1, 'What would you take home?', true)", question, call);
        return new Call(year, edition, call, clarity, impact, question);
    }

    private UUID criterion(UUID call, int position, String name, int max, int weight) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.review_criterion (id, call_id, position, name, max_score, weight) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, call, position, name, max, weight);
        return id;
    }

    public void quota(Call call, String region, String kind, int places) {
        jdbc.update("INSERT INTO conference.call_quota (call_id, region, kind, places) VALUES (?, ?, ?, ?)",
                call.callId(), region, kind, places);
    }

    /** A submitted application of the person, with an answer to the call's question. */
    public UUID submitted(Call call, UUID applicant, String region, String language) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("INSERT INTO conference.application (id, call_id, edition_id, "
                    + "applicant, status, focus_areas, country, region, languages, hopes_to_learn, hopes_to_share, "
                    + "gender, attended_before, risk_situation_sealed, needs_visa_letter, consent_data_use, "
                    + "message_language, created_at, submitted_at, version) VALUES (?, ?, ?, ?, 'SUBMITTED', ?, 'KE', "
                    + "?, ?, 'Secure messaging', '=HYPERLINK(\"http://evil.example\")', 'WOMAN', false, ?, true, true, "
                    + "?, ?, ?, 1)");
            insert.setObject(1, id);
            insert.setObject(2, call.callId());
            insert.setObject(3, call.editionId());
            insert.setObject(4, applicant);
            insert.setArray(5, connection.createArrayOf("text", new String[] { "land rights", "journalism" }));
            insert.setString(6, region);
            insert.setArray(7, connection.createArrayOf("text", new String[] { "en", "sw" }));
            insert.setBytes(8, new byte[] { 1, 2, 3 });
            insert.setString(9, language);
            insert.setTimestamp(10, Timestamp.from(now));
            insert.setTimestamp(11, Timestamp.from(now));
            return insert;
        });
        jdbc.update("INSERT INTO conference.application_answer (application_id, question_id, answer) VALUES (?, ?, ?)",
                id, call.question(), "Ways to keep my sources safe");
        return id;
    }

    public void withdraw(UUID application) {
        jdbc.update("UPDATE conference.application SET status = 'WITHDRAWN', withdrawn_at = now() WHERE id = ?",
                application);
    }

    public String place(UUID application) {
        List<String> places = jdbc.queryForList("SELECT coalesce(place, outcome) FROM conference.selection_decision "
                + "WHERE application_id = ?", String.class, application);
        return places.isEmpty() ? "NONE" : places.get(0);
    }

    public Integer rank(UUID application) {
        List<Integer> ranks = jdbc.queryForList("SELECT waitlist_rank FROM conference.selection_decision "
                + "WHERE application_id = ?", Integer.class, application);
        return ranks.isEmpty() ? null : ranks.get(0);
    }

    public long version(UUID application) {
        List<Long> versions = jdbc.queryForList("SELECT version FROM conference.selection_decision "
                + "WHERE application_id = ?", Long.class, application);
        return versions.isEmpty() ? 0 : versions.get(0);
    }
}
