package org.defendersdays.community.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The topic groups' migration on a database that already holds edition groups: they stay valid and
 * exactly as public as before. Run in a schema of its own, so the module's schema is not touched.
 */
@SpringBootTest
class CommunityMigrationsTest {

    @Autowired
    DataSource dataSource;

    @Test
    void editionGroupsStoredBeforeTopicGroupsExistedArePublishedAndUnnamedAfterTheMigration() {
        String schema = "community_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID group = UUID.randomUUID();
        UUID edition = UUID.randomUUID();
        try {
            flyway(schema, "1").migrate();
            jdbc.update("INSERT INTO " + schema + ".member_group"
                    + " (id, purpose, edition_id, edition_year, opened_at, visibility, version)"
                    + " VALUES (?, 'EDITION_PARTICIPANTS', ?, 2018, now(), 'MEMBERS_ONLY', 3)", group, edition);

            flyway(schema, "latest").migrate();

            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT purpose, edition_year, name, description, status, version FROM " + schema
                            + ".member_group WHERE id = ?", group);
            assertThat(row).containsEntry("purpose", "EDITION_PARTICIPANTS").containsEntry("edition_year", 2018)
                    .containsEntry("status", "PUBLISHED").containsEntry("version", 3L);
            assertThat(row.get("name")).isNull();
            assertThat(row.get("description")).isNull();
        } finally {
            jdbc.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(dataSource).schemas(schema).createSchemas(true)
                .locations("classpath:db/migration/community").target(target).load();
    }
}
