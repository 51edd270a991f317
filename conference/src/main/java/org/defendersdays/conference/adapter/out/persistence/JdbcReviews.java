package org.defendersdays.conference.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.Reviews;
import org.defendersdays.conference.domain.selection.BlindApplication;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The blind projection of applications, read with its own queries on the application tables: the
 * columns selected here are the whole of what review sees (never the applicant, never a sealed
 * column). Scores are upserted per criterion.
 */
@Component
class JdbcReviews implements Reviews {

    /** What a reviewer may see; the applicant's id and the sealed columns are deliberately absent. */
    static final String BLIND = "SELECT a.id, a.focus_areas, a.region, a.country, a.languages, a.hopes_to_learn, "
            + "a.hopes_to_share, a.attended_before, a.gender, a.needs_visa_letter, a.needs_travel_support, "
            + "a.needs_accommodation, (a.accessibility_sealed IS NOT NULL) AS needs_accessibility, "
            + "a.interpretation_into, a.high_risk FROM conference.application a ";

    private final JdbcTemplate jdbc;
    private final SelectionCalls calls;

    JdbcReviews(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.calls = new SelectionCalls(jdbc);
    }

    @Override
    public Optional<CallFacts> callOfYear(int year) {
        return calls.byYear(year);
    }

    @Override
    public Optional<CallFacts> call(UUID callId) {
        return calls.byId(callId);
    }

    @Override
    public List<CallFacts> callsWithSubmissions() {
        return calls.withSubmissions();
    }

    @Override
    public List<BlindApplication> submitted(UUID callId) {
        List<BlindApplication> applications = jdbc.query(BLIND
                + "WHERE a.call_id = ? AND a.status = 'SUBMITTED' ORDER BY a.submitted_at, a.id",
                (rs, row) -> blind(rs, List.of()), callId);
        return applications;
    }

    @Override
    public Optional<BlindApplication> submittedApplication(UUID applicationId) {
        List<BlindApplication.Answer> answers = jdbc.query("SELECT q.prompt, x.answer FROM conference.application_answer x "
                + "JOIN conference.call_question q ON q.id = x.question_id WHERE x.application_id = ? ORDER BY q.position",
                (rs, row) -> new BlindApplication.Answer(rs.getString("prompt"), rs.getString("answer")), applicationId);
        return jdbc.query(BLIND + "WHERE a.id = ? AND a.status = 'SUBMITTED'", (rs, row) -> blind(rs, answers),
                applicationId).stream().findFirst();
    }

    @Override
    public Optional<UUID> callOf(UUID applicationId) {
        return jdbc.queryForList("SELECT call_id FROM conference.application WHERE id = ?", UUID.class, applicationId)
                .stream().findFirst();
    }

    @Override
    public boolean isApplicant(UUID applicationId, PersonId person) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM conference.application "
                + "WHERE id = ? AND applicant = ?)", Boolean.class, applicationId, person.value()));
    }

    @Override
    public Map<UUID, Integer> scoresOf(UUID applicationId, PersonId reviewer) {
        Map<UUID, Integer> scores = new LinkedHashMap<>();
        jdbc.query("SELECT criterion_id, score FROM conference.review_score WHERE application_id = ? AND reviewer = ?",
                rs -> {
                    scores.put(rs.getObject("criterion_id", UUID.class), rs.getInt("score"));
                }, applicationId, reviewer.value());
        return scores;
    }

    @Override
    public void saveScores(UUID applicationId, PersonId reviewer, Map<UUID, Integer> scores, Instant at) {
        Timestamp when = Timestamp.from(at);
        scores.forEach((criterion, score) -> jdbc.update("INSERT INTO conference.review_score "
                + "(application_id, reviewer, criterion_id, score, scored_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT (application_id, reviewer, criterion_id) DO UPDATE "
                + "SET score = EXCLUDED.score, scored_at = EXCLUDED.scored_at",
                applicationId, reviewer.value(), criterion, score, when));
    }

    @Override
    public Map<UUID, Map<UUID, Map<UUID, Integer>>> scoresOfCall(UUID callId) {
        Map<UUID, Map<UUID, Map<UUID, Integer>>> scores = new HashMap<>();
        jdbc.query("SELECT s.application_id, s.reviewer, s.criterion_id, s.score FROM conference.review_score s "
                + "JOIN conference.application a ON a.id = s.application_id WHERE a.call_id = ?", rs -> {
                    scores.computeIfAbsent(rs.getObject("application_id", UUID.class), any -> new HashMap<>())
                            .computeIfAbsent(rs.getObject("reviewer", UUID.class), any -> new HashMap<>())
                            .put(rs.getObject("criterion_id", UUID.class), rs.getInt("score"));
                }, callId);
        return scores;
    }

    static BlindApplication blind(ResultSet rs, List<BlindApplication.Answer> answers) throws SQLException {
        boolean attendedKnown = rs.getObject("attended_before") != null;
        return new BlindApplication(rs.getObject("id", UUID.class), strings(rs.getArray("focus_areas")),
                rs.getString("region"), rs.getString("country"), strings(rs.getArray("languages")),
                Optional.ofNullable(rs.getString("hopes_to_learn")), Optional.ofNullable(rs.getString("hopes_to_share")),
                attendedKnown ? Optional.of(rs.getBoolean("attended_before")) : Optional.empty(),
                Optional.ofNullable(rs.getString("gender")),
                new BlindApplication.Needs(rs.getBoolean("needs_visa_letter"), rs.getBoolean("needs_travel_support"),
                        rs.getBoolean("needs_accommodation"), rs.getBoolean("needs_accessibility"),
                        Optional.ofNullable(rs.getString("interpretation_into"))),
                answers, rs.getBoolean("high_risk"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
