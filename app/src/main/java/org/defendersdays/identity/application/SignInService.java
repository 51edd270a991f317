package org.defendersdays.identity.application;

import java.util.Optional;

import org.defendersdays.identity.application.port.in.SignInLookupUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.domain.EmailAddress;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind a sign-in attempt. */
@Transactional(readOnly = true)
public class SignInService implements SignInLookupUseCase {

    private final Accounts accounts;

    public SignInService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<SignInAccount> forSignIn(EmailAddress email) {
        return accounts.findByEmail(email).map(account -> new SignInAccount(account.id(),
                account.displayName().value(), account.passwordHash(), account.roles(), account.canSignIn()));
    }
}
