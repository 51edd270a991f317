package org.defendersdays.workshops;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Workshop sign-up test data written straight into the conference schema (the module's tables are
 * its own; the app's tests only need rows to stand on): an edition with a published programme, its
 * workshops, and confirmed places (a submitted application with an accepted, confirmed decision:
 * what {@code conference.confirmed_participant} shows).
 */
final class WorkshopData {

    private final JdbcTemplate jdbc;
    final int year;
    final UUID edition = UUID.randomUUID();
    private final UUID room = UUID.randomUUID();
    private final UUID call = UUID.randomUUID();

    /** An edition of the year with its programme published (the year must be the test class's own). */
    WorkshopData(JdbcTemplate jdbc, int year) {
        this.jdbc = jdbc;
        this.year = year;
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, venue, status, languages, version)
                VALUES (?, ?, ?, ?, 'Stockholm', 'Studio house', 'PROGRAMME_PUBLISHED', '{en}', 0)""", edition, year,
                Date.valueOf(LocalDate.of(year, 4, 7)), Date.valueOf(LocalDate.of(year, 4, 10)));
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Studio', 0)", room,
                edition);
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 2000, 0)""", call, edition);
        // Public pages are cached by publication revision: a new programme raises it.
        jdbc.update("UPDATE conference.publication_revision SET revision = revision + 1");
    }

    /** A workshop on the edition's first day. */
    UUID workshop(String title, int from, int to, int seats) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, seats, language, chatham_house_rule, version)
                VALUES (?, ?, 'WORKSHOP', ?, ?, ?, ?, ?, ?, 'en', false, 0)""", id, edition, title,
                Date.valueOf(LocalDate.of(year, 4, 7)), Time.valueOf(LocalTime.of(from, 0)),
                Time.valueOf(LocalTime.of(to, 0)), room, seats);
        jdbc.update("UPDATE conference.publication_revision SET revision = revision + 1");
        return id;
    }

    /** Gives the person (an account id) a confirmed place at the edition; mail to them in the language. */
    void confirmedPlace(UUID person, String language) {
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, message_language, created_at, submitted_at, version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'KE', 'AFRICA', true, ?, now(), now(), 0)""", application, call,
                edition, person, language);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                    decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, now(), 0)""", application, edition, UUID.randomUUID());
    }

}
