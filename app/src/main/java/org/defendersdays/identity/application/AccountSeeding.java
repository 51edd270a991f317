package org.defendersdays.identity.application;

import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;

import java.time.Clock;
import java.time.Instant;

import org.defendersdays.identity.application.port.in.IssueRecoveryCodesUseCase;
import org.defendersdays.identity.application.port.in.SeedAccountUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.SecondFactors;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.totp.TotpTimeStep;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** Seeds verified accounts; the password policy applies as for anyone else. */
@Transactional
public class AccountSeeding implements SeedAccountUseCase {

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final CheckNewPasswordUseCase policy;
    private final SecondFactors secondFactors;
    private final IssueRecoveryCodesUseCase recoveryCodes;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountSeeding(Accounts accounts, PasswordHasher hasher, CheckNewPasswordUseCase policy,
            SecondFactors secondFactors, IssueRecoveryCodesUseCase recoveryCodes, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean seed(SeedAccountCommand command) {
        if (accounts.findByEmail(command.email()).isPresent()) {
            return false;
        }
        policy.requireAcceptable(command.password(), command.email().localPart(),
                command.displayName().value());
        Instant now = clock.instant();
        Account account = Account.register(PersonId.generate(), command.email(), command.displayName(),
                hasher.hash(command.password()), now);
        account.verifyEmail();
        command.roles().forEach(account::grant);
        accounts.save(account);
        command.secondFactor().ifPresent(secret -> secondFactors.enrol(account.id(), secret,
                TotpTimeStep.containing(now).previous(), recoveryCodes.issue().toStore(), now));
        audit.record(AuditEntry.success(account.id(), "identity.account.seeded", "account", account.id().toString()));
        return true;
    }
}
