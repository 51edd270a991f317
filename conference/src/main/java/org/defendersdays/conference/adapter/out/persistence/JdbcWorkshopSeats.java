package org.defendersdays.conference.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.WorkshopSeats;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SeatStatus;
import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshop places in PostgreSQL ({@code conference.workshop_seat}). Taking and giving up places
 * first locks the series' {@code programme_session} rows ({@code FOR NO KEY UPDATE}, in id order),
 * so every sign-up for one workshop is serialised there: the count of confirmed seats read next is
 * the count that stands when the row is written, and the arrival number drawn from the sequence
 * is the order in which sign-ups got the lock. Under READ COMMITTED, each statement after the lock
 * sees what earlier holders committed.
 */
@Component
class JdbcWorkshopSeats implements WorkshopSeats {

    private final JdbcTemplate jdbc;

    JdbcWorkshopSeats(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void holdProgrammeOf(PersonId person) {
        jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))",
                "conference.workshop_seat:" + person.value());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public SeatStatus take(PersonId person, EditionId edition, List<SessionId> series) {
        int capacity = holdSeries(series);
        SessionId first = series.get(0);
        int confirmed = confirmedIn(first);
        SeatStatus status = confirmed < capacity ? SeatStatus.CONFIRMED : SeatStatus.WAITLISTED;
        long arrival = jdbc.queryForObject("SELECT nextval('conference.workshop_arrival')", Long.class);
        try {
            for (SessionId part : series) {
                jdbc.update("""
                        INSERT INTO conference.workshop_seat (session_id, person_id, edition_id, status, arrival, joined_at)
                        VALUES (?, ?, ?, ?, ?, clock_timestamp())""", part.value(), person.value(), edition.value(),
                        status.name(), arrival);
            }
        } catch (DuplicateKeyException twice) {
            throw new SignUpRefused(SignUpRefused.Reason.ALREADY_SIGNED_UP, "");
        }
        return status;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PersonId> giveUp(PersonId person, List<SessionId> series) {
        int capacity = holdSeries(series);
        int removed = 0;
        for (SessionId part : series) {
            removed += jdbc.update("DELETE FROM conference.workshop_seat WHERE session_id = ? AND person_id = ?",
                    part.value(), person.value());
        }
        if (removed == 0) {
            throw new SignUpRefused(SignUpRefused.Reason.NOT_SIGNED_UP, "");
        }
        SessionId first = series.get(0);
        List<PersonId> promoted = new ArrayList<>();
        while (confirmedIn(first) < capacity) {
            Optional<UUID> next = jdbc.queryForList("""
                    SELECT person_id FROM conference.workshop_seat
                    WHERE session_id = ? AND status = 'WAITLISTED' ORDER BY arrival LIMIT 1""", UUID.class,
                    first.value()).stream().findFirst();
            if (next.isEmpty()) {
                break;
            }
            for (SessionId part : series) {
                jdbc.update("""
                        UPDATE conference.workshop_seat SET status = 'CONFIRMED', promoted_at = clock_timestamp()
                        WHERE session_id = ? AND person_id = ?""", part.value(), next.get());
            }
            promoted.add(new PersonId(next.get()));
        }
        return promoted;
    }

    /** Locks the parts' rows in id order (the same order for everyone, so no deadlock); returns the seats every part has. */
    private int holdSeries(List<SessionId> series) {
        int capacity = Integer.MAX_VALUE;
        List<SessionId> byId = series.stream().sorted(Comparator.comparing(SessionId::value)).toList();
        for (SessionId part : byId) {
            Integer seats = jdbc.queryForList("""
                    SELECT seats FROM conference.programme_session WHERE id = ? AND type = 'WORKSHOP'
                    FOR NO KEY UPDATE""", Integer.class, part.value()).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no workshop " + part));
            capacity = Math.min(capacity, seats);
        }
        return capacity;
    }

    private int confirmedIn(SessionId workshop) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM conference.workshop_seat WHERE session_id = ? AND status = 'CONFIRMED'""",
                Integer.class, workshop.value());
    }

    @Override
    public List<Place> placesOf(PersonId person, EditionId edition) {
        return jdbc.query("""
                SELECT s.session_id, s.status,
                       CASE WHEN s.status = 'WAITLISTED' THEN (
                           SELECT count(*) FROM conference.workshop_seat w
                           WHERE w.session_id = s.session_id AND w.status = 'WAITLISTED' AND w.arrival <= s.arrival)
                       ELSE 0 END AS position
                FROM conference.workshop_seat s
                WHERE s.person_id = ? AND s.edition_id = ?
                ORDER BY s.arrival, s.session_id""",
                (rs, n) -> new Place(new SessionId(rs.getObject("session_id", UUID.class)),
                        SeatStatus.valueOf(rs.getString("status")), rs.getInt("position")),
                person.value(), edition.value());
    }

    @Override
    public Map<SessionId, SeatLoad> loadOf(EditionId edition) {
        Map<SessionId, SeatLoad> load = new LinkedHashMap<>();
        jdbc.query("""
                SELECT session_id, count(*) FILTER (WHERE status = 'CONFIRMED') AS confirmed,
                       count(*) FILTER (WHERE status = 'WAITLISTED') AS waitlisted
                FROM conference.workshop_seat WHERE edition_id = ? GROUP BY session_id""",
                (java.sql.ResultSet rs) -> {
                    load.put(new SessionId(rs.getObject("session_id", UUID.class)),
                            new SeatLoad(rs.getInt("confirmed"), rs.getInt("waitlisted")));
                }, edition.value());
        return load;
    }

    @Override
    public List<SessionId> confirmedOf(PersonId person) {
        return jdbc.queryForList("""
                SELECT session_id FROM conference.workshop_seat WHERE person_id = ? AND status = 'CONFIRMED'""",
                UUID.class, person.value()).stream().map(SessionId::new).toList();
    }
}
