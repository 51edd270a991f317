package org.defendersdays.identity.application.port.in;

import java.util.List;
import java.util.Set;

import org.defendersdays.identity.domain.AccountStatus;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;

/**
 * What a platform admin does with accounts: find them, read one (its address is personal data,
 * so every read is audited), change its roles, lock and unlock it, end its sessions. Admins never
 * see or set a password or a second factor. Every change is audited with the admin as actor.
 */
public interface AdministerAccountsUseCase {

    /** Accounts whose display name contains the text (any case), by display name; no addresses. */
    List<AccountSummary> search(String displayNameContains);

    /** One account with its address; the read is audited. */
    AccountDetails read(PersonId admin, PersonId account);

    void grant(PersonId admin, PersonId account, Role role);

    void revoke(PersonId admin, PersonId account, Role role);

    /** Locks the account and ends all its sessions. */
    void lock(PersonId admin, PersonId account);

    void unlock(PersonId admin, PersonId account);

    /** Ends all the account's sessions. */
    void signOutEverywhere(PersonId admin, PersonId account);

    record AccountSummary(PersonId id, String displayName, AccountStatus status, Set<Role> roles) {
    }

    record AccountDetails(PersonId id, String displayName, String email, AccountStatus status, Set<Role> roles) {

        @Override
        public String toString() {
            return "AccountDetails[" + id + "]";
        }
    }

    /** No account has this id. */
    final class UnknownAccount extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public UnknownAccount() {
            super("no such account", null, false, false);
        }
    }

    /** The change is not allowed; the code names the reason as a message key. */
    final class ChangeRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String code;

        public ChangeRefused(String code) {
            super(code, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
