package org.defendersdays.conference;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes what selection would have produced, straight into the conference schema: an edition with
 * a call for applications, sessions, and people holding a confirmed place (or only accepted, not
 * yet confirmed). Each edition year is used once per test database.
 */
public final class ParticipationFixture {

    private final JdbcTemplate jdbc;

    public ParticipationFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An edition of that year, running 9 to 11 May, with the given status, and its call for applications. */
    public Edition edition(int year, String status) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, status, version)
                VALUES (?, ?, ?, ?, 'Stockholm', ?, 0)
                """, id, year, Date.valueOf(LocalDate.of(year, 5, 9)), Date.valueOf(LocalDate.of(year, 5, 11)), status);
        UUID call = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, ?, ?, 100, 0)
                """, call, id, Timestamp.from(Instant.parse(year - 1 + "-01-01T00:00:00Z")),
                Timestamp.from(Instant.parse(year - 1 + "-03-01T00:00:00Z")));
        UUID room = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Main hall', 0)", room,
                id);
        return new Edition(id, year, call, room);
    }

    /** A session on the first day of the edition, 10:00 to 11:30. */
    public UUID session(Edition edition, String title) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, language, chatham_house_rule, version)
                VALUES (?, ?, 'PANEL', ?, ?, ?, ?, ?, 'en', false, 0)
                """, id, edition.id(), title, Date.valueOf(LocalDate.of(edition.year(), 5, 9)),
                Time.valueOf(LocalTime.of(10, 0)), Time.valueOf(LocalTime.of(11, 30)), edition.room());
        return id;
    }

    /** A person whose application was accepted and who confirmed their place. */
    public PersonId confirmed(Edition edition, PersonId person, boolean listed, boolean highRisk) {
        return accepted(edition, person, listed, highRisk, "CONFIRMED");
    }

    /** A person whose application was accepted, with the place in the given state (OFFERED, DECLINED...). */
    public PersonId accepted(Edition edition, PersonId person, boolean listed, boolean highRisk, String place) {
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, listed_to_participants, message_language, high_risk, created_at, submitted_at,
                    version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'SE', 'EUROPE_CENTRAL_ASIA', true, ?, 'en', ?, now(), now(), 0)
                """, application, edition.call(), edition.id(), person.value(), listed, highRisk);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, confirm_by,
                    decided_at, decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', ?, now() + interval '14 days', now(), ?, now(), 0)
                """, application, edition.id(), place, UUID.randomUUID());
        return person;
    }

    /** What the fixture wrote for one edition. */
    public record Edition(UUID id, int year, UUID call, UUID room) {
    }
}
