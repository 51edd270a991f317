package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.SelectionDecisions;
import org.defendersdays.conference.domain.selection.Applicant;
import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.Capacity;
import org.defendersdays.conference.domain.selection.Decision;
import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.conference.domain.selection.PlaceStatus;
import org.defendersdays.conference.domain.selection.Waitlist;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Decisions and places in {@code conference.selection_decision}. The call's row is the lock every
 * change of places takes first; ranks are rewritten in two steps (out of the way, then 1..n) since
 * the unique index on (edition, rank) is checked row by row.
 */
@Component
class JdbcSelectionDecisions implements SelectionDecisions {

    private static final String DECISION = "SELECT application_id, outcome, waitlist_rank, place, confirm_by, "
            + "decided_at, decided_by, answered_at, version FROM conference.selection_decision ";
    private static final String APPLICANT = "SELECT id, call_id, applicant, region, status, high_risk, message_language "
            + "FROM conference.application ";
    /** Places taken: offered or confirmed, by applications still submitted. */
    private static final String TAKEN = "FROM conference.selection_decision d JOIN conference.application a "
            + "ON a.id = d.application_id WHERE a.call_id = ? AND a.status = 'SUBMITTED' AND d.outcome = 'ACCEPTED' "
            + "AND d.place IN ('OFFERED', 'CONFIRMED')";

    private final JdbcTemplate jdbc;
    private final SelectionCalls calls;

    JdbcSelectionDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.calls = new SelectionCalls(jdbc);
    }

    @Override
    public void holdCall(UUID callId) {
        jdbc.queryForList("SELECT id FROM conference.call_for_applications WHERE id = ? FOR UPDATE", callId);
    }

    @Override
    public Optional<CallFacts> call(UUID callId) {
        return calls.byId(callId);
    }

    @Override
    public Capacity capacity(CallFacts call) {
        Map<String, Integer> byRegion = new HashMap<>();
        jdbc.query("SELECT a.region, count(*) AS taken " + TAKEN + " GROUP BY a.region",
                rs -> {
                    byRegion.put(rs.getString("region"), rs.getInt("taken"));
                }, call.callId());
        int taken = byRegion.values().stream().mapToInt(Integer::intValue).sum();
        return new Capacity(call.places(), call.quotas(), taken, byRegion);
    }

    @Override
    public Optional<Decision> decision(UUID applicationId) {
        return jdbc.query(DECISION + "WHERE application_id = ?", JdbcSelectionDecisions::decisionRow, applicationId)
                .stream().findFirst();
    }

    @Override
    public Map<UUID, Decision> decisions(UUID editionId) {
        Map<UUID, Decision> decisions = new HashMap<>();
        List<Decision> all = jdbc.query(DECISION + "WHERE edition_id = ?", JdbcSelectionDecisions::decisionRow,
                editionId);
        all.forEach(decision -> decisions.put(decision.applicationId(), decision));
        return decisions;
    }

    @Override
    public boolean store(Decision decision, UUID editionId) {
        Object[] values = { decision.outcome().name(),
                decision.waitlistRank().isPresent() ? decision.waitlistRank().getAsInt() : null,
                decision.place().map(PlaceStatus::name).orElse(null),
                decision.confirmBy().map(Timestamp::from).orElse(null), Timestamp.from(decision.decidedAt()),
                decision.decidedBy().value(), decision.answeredAt().map(Timestamp::from).orElse(null) };
        if (decision.version() == 0) {
            return jdbc.update("INSERT INTO conference.selection_decision (outcome, waitlist_rank, place, confirm_by, "
                    + "decided_at, decided_by, answered_at, application_id, edition_id, version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (application_id) DO NOTHING",
                    append(values, decision.applicationId(), editionId)) == 1;
        }
        return jdbc.update("UPDATE conference.selection_decision SET outcome = ?, waitlist_rank = ?, place = ?, "
                + "confirm_by = ?, decided_at = ?, decided_by = ?, answered_at = ?, version = version + 1 "
                + "WHERE application_id = ? AND version = ?",
                append(values, decision.applicationId(), decision.version())) == 1;
    }

    private static Object[] append(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    @Override
    public Waitlist waitlist(UUID editionId) {
        return new Waitlist(jdbc.queryForList("SELECT application_id FROM conference.selection_decision "
                + "WHERE edition_id = ? AND outcome = 'WAITLISTED' ORDER BY waitlist_rank", UUID.class, editionId));
    }

    @Override
    public void rank(UUID editionId, Waitlist waitlist) {
        jdbc.update("UPDATE conference.selection_decision SET waitlist_rank = waitlist_rank + 1000000 "
                + "WHERE edition_id = ? AND outcome = 'WAITLISTED'", editionId);
        List<UUID> ranked = waitlist.ranked();
        for (int index = 0; index < ranked.size(); index++) {
            jdbc.update("UPDATE conference.selection_decision SET waitlist_rank = ? WHERE application_id = ? "
                    + "AND edition_id = ? AND outcome = 'WAITLISTED'", index + 1, ranked.get(index), editionId);
        }
    }

    @Override
    public Optional<Applicant> applicant(UUID applicationId) {
        return jdbc.query(APPLICANT + "WHERE id = ?", JdbcSelectionDecisions::applicant, applicationId).stream()
                .findFirst();
    }

    @Override
    public Optional<Applicant> applicationOf(PersonId person, int year) {
        return jdbc.query(APPLICANT + "WHERE applicant = ? AND edition_id = (SELECT id FROM conference.edition "
                + "WHERE year = ?)", JdbcSelectionDecisions::applicant, person.value(), year).stream().findFirst();
    }

    @Override
    public boolean markHighRisk(UUID applicationId, boolean highRisk) {
        return jdbc.update("UPDATE conference.application SET high_risk = ? WHERE id = ?", highRisk,
                applicationId) == 1;
    }

    @Override
    public List<UUID> callsNeedingHousekeeping(Instant now) {
        return jdbc.queryForList("SELECT c.id FROM conference.call_for_applications c WHERE EXISTS ("
                + "SELECT 1 FROM conference.selection_decision d JOIN conference.application a ON a.id = d.application_id "
                + "WHERE a.call_id = c.id AND ((d.place = 'OFFERED' AND d.confirm_by <= ?) "
                + "OR (d.place IN ('OFFERED', 'CONFIRMED') AND a.status = 'WITHDRAWN'))) "
                + "ORDER BY c.id", UUID.class, Timestamp.from(now));
    }

    @Override
    public List<UUID> overdueOffers(UUID callId, Instant now) {
        return jdbc.queryForList("SELECT d.application_id FROM conference.selection_decision d "
                + "JOIN conference.application a ON a.id = d.application_id WHERE a.call_id = ? "
                + "AND d.place = 'OFFERED' AND d.confirm_by <= ? ORDER BY d.confirm_by", UUID.class, callId,
                Timestamp.from(now));
    }

    @Override
    public int releaseWithdrawnPlaces(UUID callId, Instant now) {
        return jdbc.update("UPDATE conference.selection_decision d SET place = 'DECLINED', answered_at = ?, "
                + "version = d.version + 1 FROM conference.application a WHERE a.id = d.application_id "
                + "AND a.call_id = ? AND a.status = 'WITHDRAWN' AND d.place IN ('OFFERED', 'CONFIRMED')",
                Timestamp.from(now), callId);
    }

    private static Decision decisionRow(ResultSet rs, int row) throws SQLException {
        int rank = rs.getInt("waitlist_rank");
        OptionalInt waitlistRank = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(rank);
        return new Decision(rs.getObject("application_id", UUID.class), Outcome.valueOf(rs.getString("outcome")),
                waitlistRank, Optional.ofNullable(rs.getString("place")).map(PlaceStatus::valueOf),
                instant(rs, "confirm_by"), rs.getTimestamp("decided_at").toInstant(),
                new PersonId(rs.getObject("decided_by", UUID.class)), instant(rs, "answered_at"), rs.getLong("version"));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? Optional.empty() : Optional.of(timestamp.toInstant());
    }

    private static Applicant applicant(ResultSet rs, int row) throws SQLException {
        return new Applicant(rs.getObject("id", UUID.class), rs.getObject("call_id", UUID.class),
                new PersonId(rs.getObject("applicant", UUID.class)), rs.getString("region"),
                "SUBMITTED".equals(rs.getString("status")), rs.getBoolean("high_risk"),
                rs.getString("message_language"));
    }
}
