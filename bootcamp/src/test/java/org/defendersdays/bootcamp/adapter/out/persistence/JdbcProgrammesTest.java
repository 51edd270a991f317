package org.defendersdays.bootcamp.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.bootcamp.domain.Topic;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The programme store against the real PostgreSQL, in the module's own schema. */
@SpringBootTest
class JdbcProgrammesTest {

    @Autowired
    JdbcProgrammes programmes;

    @Autowired
    JdbcTemplate jdbc;

    /** Slugs unique to this run, so the test never meets data of another test class. */
    private static ProgrammeSlug freshSlug() {
        return new ProgrammeSlug("jdbc-" + UUID.randomUUID());
    }

    private static ProgrammeOutline outline() {
        return new ProgrammeOutline("Secure communications for networks", "Encrypted messaging and group hygiene.",
                DeliveryFormat.BLENDED, 5, List.of(new Language("en"), new Language("ar"), new Language("fa")),
                List.of(new Topic("secure-communications"), new Topic("digital-security")));
    }

    private static TrainingProgramme draft(ProgrammeSlug slug) {
        return TrainingProgramme.draft(ProgrammeId.generate(), slug, outline());
    }

    @Test
    void aNewProgrammeIsInsertedAndReadBackWhole() {
        ProgrammeSlug slug = freshSlug();
        TrainingProgramme draft = draft(slug);

        TrainingProgramme saved = programmes.save(draft);

        assertThat(saved.version()).isNotNull();
        TrainingProgramme read = programmes.findById(draft.id()).orElseThrow();
        assertThat(read.slug()).isEqualTo(slug);
        assertThat(read.outline()).isEqualTo(outline());
        assertThat(read.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programmes.findBySlug(slug)).get().extracting(TrainingProgramme::id).isEqualTo(draft.id());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bootcamp.programme WHERE slug = ?", Integer.class,
                slug.value())).isEqualTo(1);
    }

    @Test
    void changesAreStoredAndStaleCopiesAreRefused() {
        TrainingProgramme saved = programmes.save(draft(freshSlug()));
        TrainingProgramme stale = programmes.findById(saved.id()).orElseThrow();

        saved.publish();
        TrainingProgramme updated = programmes.save(saved);

        assertThat(updated.version()).isGreaterThan(stale.version());
        assertThat(programmes.findById(saved.id())).get().extracting(TrainingProgramme::status)
                .isEqualTo(ProgrammeStatus.PUBLISHED);
        stale.retire();
        assertThatThrownBy(() -> programmes.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theDatabaseKeepsOneProgrammeASlug() {
        ProgrammeSlug slug = freshSlug();
        programmes.save(draft(slug));

        assertThat(programmes.existsWithSlug(slug)).isTrue();
        assertThat(programmes.existsWithSlug(freshSlug())).isFalse();
        assertThatThrownBy(() -> programmes.save(draft(slug))).isInstanceOf(ProgrammeSlugTaken.class);
    }

    @Test
    void onlyPublishedProgrammesAreFoundAsPublished() {
        TrainingProgramme draft = programmes.save(draft(freshSlug()));
        TrainingProgramme published = draft(freshSlug());
        published.publish();
        programmes.save(published);
        TrainingProgramme retired = draft(freshSlug());
        retired.publish();
        retired.retire();
        programmes.save(retired);

        assertThat(programmes.findPublished()).extracting(TrainingProgramme::id)
                .contains(published.id())
                .doesNotContain(draft.id(), retired.id());
    }

    @Test
    void theDatabaseRefusesWhatTheDomainRefuses() {
        assertThat(insertRaw("ok-" + UUID.randomUUID(), 5, "{en}", "{digital-security}")).isEqualTo(1);
        assertThatThrownBy(() -> insertRaw("Bad_Slug", 5, "{en}", "{}"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRaw("weeks-" + UUID.randomUUID(), 53, "{en}", "{}"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRaw("none-" + UUID.randomUUID(), 5, "{}", "{}"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRaw("eng-" + UUID.randomUUID(), 5, "{eng}", "{}"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRaw("null-" + UUID.randomUUID(), 5, "{en,NULL}", "{}"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> insertRaw("topic-" + UUID.randomUUID(), 5, "{en}", "{Bad Topic}"))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theModuleOwnsItsSchemaAndItsMigrationHistory() {
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'bootcamp' "
                        + "AND table_name IN ('programme', 'flyway_schema_history')",
                Integer.class)).isEqualTo(2);
    }

    private int insertRaw(String slug, int weeks, String languages, String topics) {
        return jdbc.update("INSERT INTO bootcamp.programme (id, slug, title, summary, format, duration_weeks, "
                + "languages, topics, status, version) VALUES (?, ?, 'Title', 'Summary', 'LIVE_ONLINE', ?, "
                + "?::text[], ?::text[], 'DRAFT', 0)", UUID.randomUUID(), slug, weeks, languages, topics);
    }
}
