package org.defendersdays.conference;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data for visa letters and travel support: an edition, and people holding a confirmed place
 * at it (an application and an accepted, confirmed selection decision, as the participation schema
 * defines them). Years 2050-2059 belong to these tests.
 */
public final class TravelFixtures {

    /** The spring.messages.basename the travel pages need in the module's own tests. */
    public static final String MESSAGES = "spring.messages.basename=i18n/conference,i18n/travel";

    private final JdbcTemplate jdbc;

    public TravelFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An announced edition in {@code year}, from 4 to 7 May, at a venue in Stockholm. */
    public EditionId edition(int year) {
        return edition(year, LocalDate.of(year, 5, 4), LocalDate.of(year, 5, 7));
    }

    /** The edition of {@code year}, made on first use: for tests in different classes sharing a year. */
    public synchronized EditionId editionOnce(int year) {
        return jdbc.queryForList("SELECT id FROM conference.edition WHERE year = ?", UUID.class, year).stream()
                .findFirst().map(EditionId::new).orElseGet(() -> edition(year));
    }

    public EditionId edition(int year, LocalDate start, LocalDate end) {
        EditionId id = EditionId.generate();
        jdbc.update("""
                INSERT INTO conference.edition (id, year, start_date, end_date, city, venue, theme, status, version)
                VALUES (?, ?, ?, ?, 'Stockholm', 'Folkets Hus, Barnhusgatan 12', 'Protection in practice',
                        'ANNOUNCED', 0)""", id.value(), year, Date.valueOf(start), Date.valueOf(end));
        jdbc.update("""
                INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places, version)
                VALUES (?, ?, now() - interval '60 days', now() - interval '30 days', 100, 0)""",
                UUID.randomUUID(), id.value());
        return id;
    }

    /** Makes {@code person} hold a confirmed place at the edition, wanting mail in {@code language}. */
    public PersonId confirm(EditionId edition, PersonId person, String language) {
        return place(edition, person, language, "CONFIRMED");
    }

    /** An accepted person who has not confirmed yet: not a confirmed participant. */
    public PersonId offer(EditionId edition, PersonId person) {
        return place(edition, person, "en", "OFFERED");
    }

    private PersonId place(EditionId edition, PersonId person, String language, String place) {
        UUID call = jdbc.queryForObject("SELECT id FROM conference.call_for_applications WHERE edition_id = ?",
                UUID.class, edition.value());
        UUID application = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO conference.application (id, call_id, edition_id, applicant, status, country, region,
                       consent_data_use, message_language, created_at, submitted_at, version)
                VALUES (?, ?, ?, ?, 'SUBMITTED', 'KE', 'AFRICA', true, ?, now(), now(), 0)""",
                application, call, edition.value(), person.value(), language);
        jdbc.update("""
                INSERT INTO conference.selection_decision (application_id, edition_id, outcome, place, confirm_by,
                       decided_at, decided_by, version)
                VALUES (?, ?, 'ACCEPTED', ?, now() + interval '10 days', now(), ?, 0)""",
                application, edition.value(), place, UUID.randomUUID());
        return person;
    }

    /** Valid passport details of a person with an accented name, valid well beyond {@code year}. */
    public static PassportDetails passport(int year) {
        return new PassportDetails("Zoë Núñez Ødegård", "Kenyan", LocalDate.of(1988, 2, 29), "AK1234567",
                LocalDate.now().minusYears(2), LocalDate.of(year + 5, 1, 31), "Kenya",
                Optional.of("Sweden in Nairobi"));
    }
}
