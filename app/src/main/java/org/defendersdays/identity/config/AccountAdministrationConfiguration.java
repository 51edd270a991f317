package org.defendersdays.identity.config;

import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.defendersdays.identity.application.AccountAdministration;
import org.defendersdays.identity.application.InvitationService;
import org.defendersdays.identity.application.SignInAudit;
import org.defendersdays.identity.application.SignInThrottleService;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.AttemptAllowances;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires how accounts are guarded and administered: sign-in throttling and its audit, the back
 * office's accounts section, and invitations.
 */
@Configuration(proxyBeanMethods = false)
class AccountAdministrationConfiguration {

    static final String USERS_PATH = "/admin/users";

    @Bean
    SignInThrottleService signInThrottleService(AttemptAllowances allowances, AuditTrail audit) {
        return new SignInThrottleService(allowances, audit);
    }

    @Bean
    SignInAudit signInAudit(Accounts accounts, AuditTrail audit) {
        return new SignInAudit(accounts, audit);
    }

    @Bean
    AccountAdministration accountAdministration(Accounts accounts, SignedInSessions sessions, AuditTrail audit) {
        return new AccountAdministration(accounts, sessions, audit);
    }

    @Bean
    InvitationService invitationService(Invitations invitations, Accounts accounts, PasswordHasher hasher,
            CheckNewPasswordUseCase policy, IdentityMail mail, AuditTrail audit) {
        return new InvitationService(invitations, accounts, hasher, policy, mail, audit, Clock.systemUTC());
    }

    /** Only platform admins manage accounts and send invitations. */
    @Bean
    AccessRules accountAdministrationAccessRules() {
        return new AccessRules("identity",
                List.of(AccessRules.roles(Set.of(Role.PLATFORM_ADMIN), USERS_PATH, USERS_PATH + "/**")));
    }

    @Bean
    BackOfficeSection accountsBackOfficeSection() {
        return new BackOfficeSection("identity.users", "identity.admin.section.title",
                "identity.admin.section.description", USERS_PATH, Set.of(Role.PLATFORM_ADMIN), 100);
    }
}
