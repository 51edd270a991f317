package org.defendersdays.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A platform admin's invitation to one address, with the roles to give on acceptance. Sent as a
 * single-use link; like {@link OneTimeToken} only the SHA-256 hash of the link's secret is stored.
 * The account it creates gets the invited address, whatever the acceptance form says: following
 * the link proves the mailbox.
 *
 * @param id names the invitation in the audit trail (the hash never leaves the store)
 * @param hash hex SHA-256 of the secret in the link
 * @param email the invited address
 * @param roles roles beyond membership to give on acceptance
 * @param invitedBy the admin who sent it, or {@link #OPERATOR} for the first platform admin's invitation
 * @param expiresAt when the link stops working
 */
public record Invitation(UUID id, String hash, EmailAddress email, Set<Role> roles, PersonId invitedBy,
        Instant expiresAt) implements ValueObject {

    public static final Duration VALIDITY = Duration.ofDays(7);

    /**
     * Who invited the first platform admin of an installation: the operator at the server's
     * command line, who has no account. The nil UUID, which {@link PersonId#generate()} never gives.
     */
    public static final PersonId OPERATOR = new PersonId(new UUID(0L, 0L));

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(expiresAt, "expiresAt");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A new invitation and the secret to mail; the secret itself is never stored. */
    public record Issued(Invitation invitation, String secret) {
    }

    public static Issued issue(EmailAddress email, Set<Role> roles, PersonId invitedBy, Instant now) {
        String secret = OneTimeToken.newSecret();
        return new Issued(new Invitation(UUID.randomUUID(), OneTimeToken.hashOf(secret), email, roles, invitedBy,
                now.plus(VALIDITY)), secret);
    }

    /** The new member's account: active at once (the link proved the mailbox), with the invited roles. */
    public Account accept(PersonId newPerson, DisplayName displayName, String passwordHash, Instant now) {
        Account account = Account.register(newPerson, email, displayName, passwordHash, now);
        account.verifyEmail();
        roles.forEach(account::grant);
        return account;
    }

    @Override
    public String toString() {
        return "Invitation[" + id + "]";
    }
}
