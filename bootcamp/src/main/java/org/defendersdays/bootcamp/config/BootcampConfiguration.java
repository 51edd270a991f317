package org.defendersdays.bootcamp.config;

import java.util.List;

import javax.sql.DataSource;

import org.defendersdays.bootcamp.application.ProgrammeService;
import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Wires the bootcamp module: its adapters (by scanning), its use cases (explicitly, so the
 * application layer needs no Spring stereotypes) and its own schema migrations.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.defendersdays.bootcamp.adapter")
@EnableJdbcRepositories(basePackages = "org.defendersdays.bootcamp.adapter.out.persistence")
public class BootcampConfiguration {

    /** The bootcamp owns the {@code bootcamp} schema, with its own Flyway history table in it. */
    @Bean
    FlywayMigrationInitializer bootcampSchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("bootcamp")
                .createSchemas(true)
                .locations("classpath:db/migration/bootcamp")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }

    @Bean
    ProgrammeService programmeService(Programmes programmes) {
        return new ProgrammeService(programmes);
    }

    /** Who may reach the bootcamp's pages; the app denies everything no module declares. */
    @Bean
    AccessRules bootcampAccessRules() {
        return new AccessRules("bootcamp", List.of(AccessRules.anyone("/bootcamp/programmes", "/bootcamp/programmes/*")));
    }
}
