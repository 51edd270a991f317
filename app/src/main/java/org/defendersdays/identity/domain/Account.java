package org.defendersdays.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A person's account. The password is held only as a hash from a password-hashing function; the
 * account never sees the password itself.
 */
public class Account implements AggregateRoot<Account, PersonId> {

    private final PersonId id;
    private final EmailAddress email;
    private DisplayName displayName;
    private String passwordHash;
    private AccountStatus status;
    private final EnumSet<Role> roles;
    private final Instant registeredAt;
    private final Long version;

    private Account(PersonId id, EmailAddress email, DisplayName displayName, String passwordHash,
            AccountStatus status, Set<Role> roles, Instant registeredAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.status = Objects.requireNonNull(status, "status");
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.registeredAt = Objects.requireNonNull(registeredAt, "registeredAt");
        this.version = version;
    }

    /** A new account, waiting for its email address to be verified. */
    public static Account register(PersonId id, EmailAddress email, DisplayName displayName, String passwordHash,
            Instant now) {
        return new Account(id, email, displayName, passwordHash, AccountStatus.PENDING_VERIFICATION, Set.of(), now,
                null);
    }

    /** Rebuilds a stored account; persistence adapters only. */
    public static Account rehydrate(PersonId id, EmailAddress email, DisplayName displayName, String passwordHash,
            AccountStatus status, Set<Role> roles, Instant registeredAt, Long version) {
        return new Account(id, email, displayName, passwordHash, status, roles, registeredAt, version);
    }

    /** The owner proved the address is theirs: the account becomes an active member. Idempotent. */
    public void verifyEmail() {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
            roles.add(Role.MEMBER);
        }
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    public void rename(DisplayName newName) {
        this.displayName = Objects.requireNonNull(newName, "newName");
    }

    /** Grants a role; only active accounts hold roles beyond their membership. */
    public boolean grant(Role role) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            throw new IdentityRuleViolation("identity.role.notVerified");
        }
        return roles.add(role);
    }

    /** Removes a role; membership is not a grant and cannot be removed. */
    public boolean revoke(Role role) {
        if (role == Role.MEMBER) {
            throw new IdentityRuleViolation("identity.role.memberIsPermanent");
        }
        return roles.remove(role);
    }

    public void lock() {
        if (status == AccountStatus.ACTIVE) {
            status = AccountStatus.LOCKED;
        }
    }

    public void unlock() {
        if (status == AccountStatus.LOCKED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    @Override
    public PersonId getId() {
        return id;
    }

    public PersonId id() {
        return id;
    }

    public EmailAddress email() {
        return email;
    }

    public DisplayName displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Long version() {
        return version;
    }
}
