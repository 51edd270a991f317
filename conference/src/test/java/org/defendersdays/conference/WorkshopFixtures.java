package org.defendersdays.conference;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for workshop sign-up, written straight into the conference schema: an edition with a
 * published programme (rooms, workshops and other sessions), and people holding a confirmed place
 * (a submitted application with an accepted, confirmed selection decision: the rows that put them
 * in {@code conference.confirmed_participant}).
 */
public final class WorkshopFixtures {

    private final JdbcTemplate jdbc;
    private final Map<EditionId, UUID> calls = new ConcurrentHashMap<>();
    private final Map<EditionId, UUID> rooms = new ConcurrentHashMap<>();
    private final Map<EditionId, Integer> years = new ConcurrentHashMap<>();

    public WorkshopFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An edition of the year with its programme published, a room, and a closed call for applications. */
    public EditionId publishedEdition(int year) {
        return edition(year, "PROGRAMME_PUBLISHED");
    }

    public EditionId edition(int year, String status) {
        EditionId edition = EditionId.generate();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, status, languages, version)
                VALUES (?, ?, ?, ?, 'Stockholm', ?, '{en}', 0)""", edition.value(), year,
                Date.valueOf(LocalDate.of(year, 4, 7)), Date.valueOf(LocalDate.of(year, 4, 10)), status);
        UUID room = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Studio', 0)", room,
                edition.value());
        UUID call = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 2000, 0)""", call,
                edition.value());
        rooms.put(edition, room);
        calls.put(edition, call);
        years.put(edition, year);
        return edition;
    }

    /** A workshop on the edition's day {@code day} (1 = first day), from {@code from} to {@code to} o'clock. */
    public SessionId workshop(EditionId edition, String title, int day, int from, int to, int seats,
            SessionId continues) {
        return session(edition, "WORKSHOP", title, day, from, to, seats, continues);
    }

    public SessionId workshop(EditionId edition, String title, int day, int from, int to, int seats) {
        return workshop(edition, title, day, from, to, seats, null);
    }

    /** A session of another type (no seats). */
    public SessionId panel(EditionId edition, String title, int day, int from, int to) {
        return session(edition, "PANEL", title, day, from, to, null, null);
    }

    private SessionId session(EditionId edition, String type, String title, int day, int from, int to, Integer seats,
            SessionId continues) {
        SessionId id = SessionId.generate();
        jdbc.update("""
                INSERT INTO conference.programme_session (id, edition_id, type, title, day, start_time, end_time,
                    room_id, seats, language, chatham_house_rule, continues, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'en', false, ?, 0)""", id.value(), edition.value(), type, title,
                Date.valueOf(LocalDate.of(years.get(edition), 4, 6 + day)), Time.valueOf(LocalTime.of(from, 0)),
                Time.valueOf(LocalTime.of(to, 0)), rooms.get(edition), seats,
                continues == null ? null : continues.value());
        return id;
    }

    /** Someone holding a confirmed place at the edition, who reads mail in the given language. */
    public PersonId confirmedParticipant(EditionId edition, String language) {
        PersonId person = new PersonId(UUID.randomUUID());
        makeConfirmedParticipant(edition, person, language);
        return person;
    }

    /** Gives an existing person (such as a signed-in test account) a confirmed place at the edition. */
    public void makeConfirmedParticipant(EditionId edition, PersonId person, String language) {
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                    consent_data_use, message_language, created_at, submitted_at, version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'KE', 'AFRICA', true, ?, now(), now(), 0)""", application,
                calls.get(edition), edition.value(), person.value(), language);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, decided_at,
                    decided_by, answered_at, version)
                VALUES (?, ?, 'ACCEPTED', 'CONFIRMED', now(), ?, now(), 0)""", application, edition.value(),
                UUID.randomUUID());
    }
}
