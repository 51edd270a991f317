package org.defendersdays.bootcamp.config;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.defendersdays.bootcamp.application.AuditedProgrammeAdministration;
import org.defendersdays.bootcamp.application.ProgrammeService;
import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
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

    private static final String ADMIN_PATH = "/admin/bootcamp";

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

    @Bean
    AuditedProgrammeAdministration programmeAdministration(ProgrammeService programmes, AuditTrail audit) {
        return new AuditedProgrammeAdministration(programmes, programmes, programmes, programmes, audit);
    }

    /** Who may reach the bootcamp's pages; the app denies everything no module declares. */
    @Bean
    AccessRules bootcampAccessRules() {
        return new AccessRules("bootcamp", List.of(
                AccessRules.anyone("/bootcamp/programmes", "/bootcamp/programmes/*"),
                AccessRules.roles(Set.of(Role.BOOTCAMP_ADMIN), ADMIN_PATH + "/**")));
    }

    /** The programmes' place in the back office, for bootcamp admins. */
    @Bean
    BackOfficeSection bootcampProgrammesSection() {
        return new BackOfficeSection("bootcamp.programmes", "bootcamp.admin.section.title",
                "bootcamp.admin.section.description", ADMIN_PATH + "/programmes", Set.of(Role.BOOTCAMP_ADMIN), 200);
    }
}
