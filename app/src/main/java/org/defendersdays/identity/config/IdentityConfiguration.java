package org.defendersdays.identity.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.defendersdays.identity.application.AccountAdministration;
import org.defendersdays.identity.application.AccountService;
import org.defendersdays.identity.application.InvitationService;
import org.defendersdays.identity.application.SessionService;
import org.defendersdays.identity.application.SignInService;
import org.defendersdays.identity.application.SignInThrottleService;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.AttemptAllowances;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.PasswordPolicy;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** Wires identity: its schema (accounts, one-time links, sessions), its repositories and its use cases. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.defendersdays.identity.adapter.out.persistence")
class IdentityConfiguration {

    static final String USERS_PATH = "/admin/users";

    @Bean
    FlywayMigrationInitializer identitySchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("identity")
                .createSchemas(true)
                .locations("classpath:db/migration/identity")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }

    @Bean
    AccountService accountService(Accounts accounts, OneTimeTokens tokens, PasswordHasher hasher,
            PasswordPolicy policy, IdentityMail mail, SignedInSessions sessions, AuditTrail audit) {
        return new AccountService(accounts, tokens, hasher, policy, mail, sessions, audit, Clock.systemUTC());
    }

    @Bean
    SignInService signInService(Accounts accounts, AuditTrail audit) {
        return new SignInService(accounts, audit);
    }

    @Bean
    SignInThrottleService signInThrottleService(AttemptAllowances allowances, AuditTrail audit) {
        return new SignInThrottleService(allowances, audit);
    }

    @Bean
    AccountAdministration accountAdministration(Accounts accounts, SignedInSessions sessions, AuditTrail audit) {
        return new AccountAdministration(accounts, sessions, audit);
    }

    /** Only platform admins manage accounts. */
    @Bean
    AccessRules identityAccessRules() {
        return new AccessRules("identity",
                List.of(AccessRules.roles(Set.of(Role.PLATFORM_ADMIN), USERS_PATH, USERS_PATH + "/**")));
    }

    @Bean
    BackOfficeSection usersBackOfficeSection() {
        return new BackOfficeSection("identity.users", "identity.admin.section.title",
                "identity.admin.section.description", USERS_PATH, Set.of(Role.PLATFORM_ADMIN), 100);
    }

    @Bean
    InvitationService invitationService(Invitations invitations, Accounts accounts, PasswordHasher hasher,
            PasswordPolicy policy, IdentityMail mail, AuditTrail audit) {
        return new InvitationService(invitations, accounts, hasher, policy, mail, audit, Clock.systemUTC());
    }

    @Bean
    SessionService sessionService(SignedInSessions sessions, AuditTrail audit) {
        return new SessionService(sessions, audit);
    }
}
