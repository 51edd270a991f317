package org.defendersdays.identity.application.port.out;

import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;

/** Where accounts are kept. */
public interface Accounts {

    /** Stores a new account or changes to a stored one; returns it with its new version. */
    Account save(Account account);

    Optional<Account> findById(PersonId id);

    Optional<Account> findByEmail(EmailAddress email);

    /** Whether any account, in whatever status, holds the role. */
    boolean anyHolds(Role role);

    /** Accounts whose display name contains the text (any case; empty finds all), by display name, at most {@code limit}. */
    List<Account> searchByDisplayName(String text, int limit);
}
