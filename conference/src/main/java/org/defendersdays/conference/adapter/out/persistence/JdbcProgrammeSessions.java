package org.defendersdays.conference.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.ProgrammeSessions;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sessions in PostgreSQL ({@code conference} schema). Single sessions are written and read by
 * Spring Data JDBC; a whole programme is read in two queries (sessions, then all their contributors),
 * not one per session, and rebuilt from the same rows by the same mapper.
 */
@Component
class JdbcProgrammeSessions implements ProgrammeSessions {

    private final SessionRowRepository rows;
    private final AgendaRowMapper mapper;
    private final JdbcTemplate jdbc;

    JdbcProgrammeSessions(SessionRowRepository rows, AgendaRowMapper mapper, JdbcTemplate jdbc) {
        this.rows = rows;
        this.mapper = mapper;
        this.jdbc = jdbc;
    }

    /**
     * Locks the edition's row against other holders (and changes) until the transaction ends. {@code
     * NO KEY UPDATE} leaves the rows that merely refer to the edition (new rooms, tracks) unblocked.
     */
    @Override
    public void holdProgramme(EditionId edition) {
        jdbc.queryForList("SELECT id FROM conference.edition WHERE id = ? FOR NO KEY UPDATE", edition.value());
    }

    /** The same lock as {@link #holdProgramme} on every edition's row, taken in the order of their ids. */
    @Override
    public void holdAllProgrammes() {
        jdbc.queryForList("SELECT id FROM conference.edition ORDER BY id FOR NO KEY UPDATE");
    }

    @Override
    public boolean anyTaggedWith(Topic topic) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM conference.programme_session WHERE ? = ANY (topics))", Boolean.class,
                topic.slug()));
    }

    @Override
    public ProgrammeSession save(ProgrammeSession session) {
        return mapper.toDomain(rows.save(mapper.toRow(session)));
    }

    @Override
    public Optional<ProgrammeSession> findById(SessionId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<ProgrammeSession> findByEdition(EditionId edition) {
        Map<UUID, List<ContributorRow>> contributors = new HashMap<>();
        jdbc.query("""
                SELECT c.session_id, c.speaker_id, c.role, c.name_withheld
                FROM conference.session_contributor c JOIN conference.programme_session s ON s.id = c.session_id
                WHERE s.edition_id = ? ORDER BY c.session_id, c.position""", (ResultSet rs) -> {
            contributors.computeIfAbsent(rs.getObject("session_id", UUID.class), id -> new ArrayList<>())
                    .add(new ContributorRow(rs.getObject("speaker_id", UUID.class), rs.getString("role"),
                            rs.getBoolean("name_withheld")));
        }, edition.value());
        return jdbc.query("""
                SELECT * FROM conference.programme_session WHERE edition_id = ?
                ORDER BY day, start_time, end_time, title, id""",
                (rs, n) -> mapper.toDomain(session(rs, contributors.getOrDefault(rs.getObject("id", UUID.class),
                        List.of()))), edition.value());
    }

    @Override
    public void delete(SessionId id) {
        rows.deleteById(id.value());
    }

    private static SessionRow session(ResultSet rs, List<ContributorRow> contributors) throws SQLException {
        return new SessionRow(rs.getObject("id", UUID.class), rs.getObject("edition_id", UUID.class),
                rs.getString("type"), rs.getString("title"), rs.getString("description"),
                rs.getObject("day", java.time.LocalDate.class), rs.getObject("start_time", java.time.LocalTime.class),
                rs.getObject("end_time", java.time.LocalTime.class), rs.getObject("room_id", UUID.class),
                rs.getObject("track_id", UUID.class), texts(rs.getArray("topics")), (Integer) rs.getObject("seats"),
                rs.getString("language"), texts(rs.getArray("interpretation")), rs.getBoolean("chatham_house_rule"),
                rs.getObject("continues", UUID.class), contributors, rs.getLong("version"));
    }

    private static String[] texts(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
