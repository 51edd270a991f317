package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.selection.CallFacts;
import org.defendersdays.conference.domain.selection.Criterion;
import org.defendersdays.conference.domain.selection.Quota;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a call for applications with its criteria and quotas, for review and selection. */
final class SelectionCalls {

    private static final String CALL = "SELECT c.id, c.edition_id, e.year, c.places, c.confirmation_days, c.asks_gender "
            + "FROM conference.call_for_applications c JOIN conference.edition e ON e.id = c.edition_id ";

    private final JdbcTemplate jdbc;

    SelectionCalls(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CallFacts> byYear(int year) {
        return jdbc.query(CALL + "WHERE e.year = ?", this::call, year).stream().findFirst();
    }

    Optional<CallFacts> byId(UUID callId) {
        return jdbc.query(CALL + "WHERE c.id = ?", this::call, callId).stream().findFirst();
    }

    List<CallFacts> withSubmissions() {
        return jdbc.query(CALL + "WHERE EXISTS (SELECT 1 FROM conference.application a WHERE a.call_id = c.id "
                + "AND a.status = 'SUBMITTED') ORDER BY e.year DESC", this::call);
    }

    private CallFacts call(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        List<Criterion> criteria = jdbc.query("SELECT id, position, name, guidance, max_score, weight "
                + "FROM conference.review_criterion WHERE call_id = ? ORDER BY position",
                (c, n) -> new Criterion(c.getObject("id", UUID.class), c.getInt("position"), c.getString("name"),
                        c.getString("guidance"), c.getInt("max_score"), c.getInt("weight")), id);
        List<Quota> quotas = jdbc.query("SELECT region, kind, places FROM conference.call_quota WHERE call_id = ? "
                + "ORDER BY region", (q, n) -> new Quota(q.getString("region"), Quota.Kind.valueOf(q.getString("kind")),
                        q.getInt("places")), id);
        return new CallFacts(id, rs.getObject("edition_id", UUID.class), rs.getInt("year"), rs.getInt("places"),
                rs.getInt("confirmation_days"), rs.getBoolean("asks_gender"), criteria, quotas);
    }
}
