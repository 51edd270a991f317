package org.defendersdays.identity.config;

import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;

import java.security.SecureRandom;
import java.time.Clock;

import javax.sql.DataSource;

import org.defendersdays.identity.application.AccountSeeding;
import org.defendersdays.identity.application.AccountService;
import org.defendersdays.identity.application.SecondFactorService;
import org.defendersdays.identity.application.SessionService;
import org.defendersdays.identity.application.PasskeyService;
import org.defendersdays.identity.application.SignInService;
import org.defendersdays.identity.application.port.in.IssueRecoveryCodesUseCase;
import org.defendersdays.identity.application.port.in.RedeemRecoveryCodeUseCase;
import org.defendersdays.identity.application.port.in.VerifyTotpCodeUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.defendersdays.identity.application.port.out.Passkeys;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.SecondFactors;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/** Wires identity: its schema (accounts, one-time links, sessions), its repositories and its use cases. */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "org.defendersdays.identity.adapter.out.persistence")
class IdentityConfiguration {

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
            CheckNewPasswordUseCase policy, IdentityMail mail, SignedInSessions sessions, AuditTrail audit) {
        return new AccountService(accounts, tokens, hasher, policy, mail, sessions, audit, Clock.systemUTC());
    }

    @Bean
    AccountSeeding accountSeeding(Accounts accounts, PasswordHasher hasher, CheckNewPasswordUseCase policy,
            SecondFactors secondFactors, IssueRecoveryCodesUseCase recoveryCodes, AuditTrail audit) {
        return new AccountSeeding(accounts, hasher, policy, secondFactors, recoveryCodes, audit, Clock.systemUTC());
    }

    @Bean
    SignInService signInService(Accounts accounts, SecondFactors secondFactors, Passkeys passkeys) {
        return new SignInService(accounts, secondFactors, passkeys);
    }

    @Bean
    PasskeyService passkeyService(Passkeys passkeys, AuditTrail audit) {
        return new PasskeyService(passkeys, audit, new SecureRandom(), Clock.systemUTC());
    }

    @Bean
    SecondFactorService secondFactorService(SecondFactors secondFactors, VerifyTotpCodeUseCase totp,
            IssueRecoveryCodesUseCase issueRecoveryCodes, RedeemRecoveryCodeUseCase redeemRecoveryCode,
            AuditTrail audit) {
        return new SecondFactorService(secondFactors, totp, issueRecoveryCodes, redeemRecoveryCode, audit,
                Clock.systemUTC());
    }

    @Bean
    SessionService sessionService(SignedInSessions sessions, AuditTrail audit) {
        return new SessionService(sessions, audit);
    }
}
