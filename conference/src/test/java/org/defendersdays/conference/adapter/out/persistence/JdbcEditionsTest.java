package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.defendersdays.conference.domain.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The edition store against the real PostgreSQL, in the module's own schema. */
@SpringBootTest
class JdbcEditionsTest {

    @Autowired
    JdbcEditions editions;

    @Autowired
    JdbcTemplate jdbc;

    private static int freeYear = 2100;

    private static synchronized int freeYear() {
        return freeYear++;
    }

    private static EditionFacts facts(int year) {
        return new EditionFacts(Optional.of(new EditionDates(LocalDate.of(year, 4, 9), LocalDate.of(year, 4, 12))),
                "Stockholm", Optional.of("A venue"), Optional.of("A theme"), Optional.of(200), Optional.of(60),
                List.of(Topic.DIGITAL_SECURITY, Topic.INNOVATION));
    }

    @Test
    void aNewEditionIsInsertedAndReadBackWhole() {
        int year = freeYear();
        Edition draft = Edition.draft(EditionId.generate(), year, facts(year));

        Edition saved = editions.save(draft);

        assertThat(saved.version()).isNotNull();
        Edition read = editions.findById(draft.id()).orElseThrow();
        assertThat(read.year()).isEqualTo(year);
        assertThat(read.facts()).isEqualTo(draft.facts());
        assertThat(read.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.edition WHERE year = ?", Integer.class, year))
                .isEqualTo(1);
    }

    @Test
    void changesAreStoredAndStaleCopiesAreRefused() {
        int year = freeYear();
        Edition saved = editions.save(Edition.draft(EditionId.generate(), year, facts(year)));
        Edition stale = editions.findById(saved.id()).orElseThrow();

        saved.announce();
        editions.save(saved);

        assertThat(editions.findByYear(year)).get().extracting(Edition::status).isEqualTo(EditionStatus.ANNOUNCED);
        stale.announce();
        assertThatThrownBy(() -> editions.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theDatabaseKeepsOneEditionAYear() {
        int year = freeYear();
        editions.save(Edition.draft(EditionId.generate(), year, facts(year)));

        assertThat(editions.existsForYear(year)).isTrue();
        assertThatThrownBy(() -> editions.save(Edition.draft(EditionId.generate(), year, facts(year))))
                .isInstanceOf(EditionYearTaken.class);
    }

    @Test
    void draftsAreNotAmongThePublicEditions() {
        int draftYear = freeYear();
        int publicYear = freeYear();
        editions.save(Edition.draft(EditionId.generate(), draftYear, facts(draftYear)));
        Edition announced = Edition.draft(EditionId.generate(), publicYear, facts(publicYear));
        announced.announce();
        editions.save(announced);

        assertThat(editions.findPublic()).extracting(Edition::year).contains(publicYear).doesNotContain(draftYear);
    }

    @Test
    void theModuleOwnsItsSchemaAndItsMigrationHistory() {
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'conference' "
                        + "AND table_name IN ('edition', 'flyway_schema_history')",
                Integer.class)).isEqualTo(2);
    }
}
