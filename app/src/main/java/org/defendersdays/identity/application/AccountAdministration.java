package org.defendersdays.identity.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.defendersdays.identity.application.port.in.AdministerAccountsUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.SignedInSessions;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.AccountStatus;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration. An admin cannot take away their own platform administration or lock
 * themselves out: the platform must never be left without someone who can fix it by accident.
 */
@Transactional
public class AccountAdministration implements AdministerAccountsUseCase {

    static final int MAX_RESULTS = 50;

    private final Accounts accounts;
    private final SignedInSessions sessions;
    private final AuditTrail audit;

    public AccountAdministration(Accounts accounts, SignedInSessions sessions, AuditTrail audit) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> search(String displayNameContains) {
        return accounts.searchByDisplayName(displayNameContains == null ? "" : displayNameContains.strip(),
                MAX_RESULTS).stream()
                .map(account -> new AccountSummary(account.id(), account.displayName().value(), account.status(),
                        sorted(account)))
                .toList();
    }

    @Override
    public AccountDetails read(PersonId admin, PersonId id) {
        Account account = existing(id);
        audit.record(AuditEntry.success(admin, "identity.account.viewed", "account", id.toString()));
        return new AccountDetails(account.id(), account.displayName().value(), account.email().value(),
                account.status(), sorted(account));
    }

    @Override
    public void grant(PersonId admin, PersonId id, Role role) {
        Account account = existing(id);
        if (obeying(() -> account.grant(role))) {
            accounts.save(account);
        }
        audited(admin, "identity.role.granted", id, Optional.of(role.name()));
    }

    @Override
    public void revoke(PersonId admin, PersonId id, Role role) {
        if (admin.equals(id) && role == Role.PLATFORM_ADMIN) {
            throw new ChangeRefused("identity.admin.refused.ownAdminRole");
        }
        Account account = existing(id);
        if (obeying(() -> account.revoke(role))) {
            accounts.save(account);
            // Roles travel in the session: ending the sessions ends the removed role now, not at sign-out.
            sessions.endAll(id);
        }
        audited(admin, "identity.role.revoked", id, Optional.of(role.name()));
    }

    @Override
    public void lock(PersonId admin, PersonId id) {
        if (admin.equals(id)) {
            throw new ChangeRefused("identity.admin.refused.lockSelf");
        }
        Account account = existing(id);
        account.lock();
        if (account.status() != AccountStatus.LOCKED) {
            throw new ChangeRefused("identity.admin.refused.notActive");
        }
        accounts.save(account);
        sessions.endAll(id);
        audited(admin, "identity.account.locked", id, Optional.empty());
    }

    @Override
    public void unlock(PersonId admin, PersonId id) {
        Account account = existing(id);
        account.unlock();
        accounts.save(account);
        audited(admin, "identity.account.unlocked", id, Optional.empty());
    }

    @Override
    public void signOutEverywhere(PersonId admin, PersonId id) {
        existing(id);
        sessions.endAll(id);
        audited(admin, "identity.account.signedOut", id, Optional.empty());
    }

    private Account existing(PersonId id) {
        return accounts.findById(id).orElseThrow(UnknownAccount::new);
    }

    private static boolean obeying(BooleanSupplier change) {
        try {
            return change.getAsBoolean();
        } catch (IdentityRuleViolation rule) {
            throw new ChangeRefused(rule.messageKey());
        }
    }

    private void audited(PersonId admin, String action, PersonId target, Optional<String> detail) {
        AuditEntry entry = AuditEntry.success(admin, action, "account", target.toString());
        audit.record(detail.map(entry::withDetail).orElse(entry));
    }

    private static EnumSet<Role> sorted(Account account) {
        return account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
    }
}
