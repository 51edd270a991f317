package org.defendersdays.audit.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.defendersdays.audit.application.AuditUseCases;
import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.application.port.out.AuditSearch;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the audit log: its own schema migration, the platform's {@link AuditTrail}, its use cases,
 * and what it tells the app about its pages (who may reach them, its back office section). The
 * adapters are found by the application's component scan.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    static final String PATH = "/admin/audit";

    /** The audit log owns the {@code audit} schema, with its own Flyway history table in it. */
    @Bean
    FlywayMigrationInitializer auditSchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("audit")
                .createSchemas(true)
                .locations("classpath:db/migration/audit")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }

    /**
     * The trail every module records to. The clock is the system's in UTC, passed in here rather than
     * declared as a {@code Clock} bean, which would clash with any other module's clock.
     */
    @Bean
    AuditTrail auditTrail(AuditChain chain) {
        return AuditUseCases.auditTrail(chain, Clock.systemUTC());
    }

    @Bean
    VerifyAuditChainUseCase verifyAuditChain(AuditChain chain) {
        return AuditUseCases.chainVerification(chain);
    }

    @Bean
    BrowseAuditLogUseCase browseAuditLog(AuditSearch search) {
        return AuditUseCases.logBrowsing(search);
    }

    /** Only platform admins read the audit log and run its verification. */
    @Bean
    AccessRules auditAccessRules() {
        return new AccessRules("audit", List.of(AccessRules.roles(Set.of(Role.PLATFORM_ADMIN), PATH + "/**", PATH)));
    }

    @Bean
    BackOfficeSection auditBackOfficeSection() {
        return new BackOfficeSection("audit.log", "audit.section.title", "audit.section.description", PATH,
                Set.of(Role.PLATFORM_ADMIN), 900);
    }
}
