package org.defendersdays.identity.application;

import java.util.Optional;

import org.defendersdays.identity.application.port.in.RecordSignInUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** Audits how each sign-in ended, naming accounts by id only (never the typed address). */
@Transactional
public class SignInAudit implements RecordSignInUseCase {

    private final Accounts accounts;
    private final AuditTrail audit;

    public SignInAudit(Accounts accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public void succeeded(PersonId person) {
        audit.record(AuditEntry.success(person, "identity.login.succeeded", "account", person.toString()));
    }

    @Override
    public void succeededWithPasskey(PersonId person) {
        audit.record(AuditEntry.success(person, "identity.login.passkeySucceeded", "account", person.toString()));
    }

    @Override
    public void failedWithPasskey(Optional<PersonId> person, String reason) {
        audit.record(new AuditEntry(Optional.empty(), "identity.login.failed", "account",
                person.map(PersonId::toString), Outcome.FAILURE, Optional.of(reason)));
    }

    @Override
    public void passwordPassed(PersonId person) {
        audit.record(AuditEntry.success(person, "identity.login.passwordPassed", "account", person.toString()));
    }

    @Override
    public void failed(String typedEmail, String reason) {
        Optional<String> target = accountOf(typedEmail).map(account -> account.id().toString());
        audit.record(new AuditEntry(Optional.empty(), "identity.login.failed", "account", target, Outcome.FAILURE,
                Optional.of(reason)));
    }

    private Optional<Account> accountOf(String typedEmail) {
        try {
            return accounts.findByEmail(new EmailAddress(typedEmail));
        } catch (IdentityRuleViolation malformed) {
            return Optional.empty();
        }
    }
}
