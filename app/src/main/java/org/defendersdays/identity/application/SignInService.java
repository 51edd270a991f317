package org.defendersdays.identity.application;

import java.util.Optional;

import org.defendersdays.identity.application.port.in.SignInLookupUseCase;
import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.Passkeys;
import org.defendersdays.identity.application.port.out.SecondFactors;
import org.defendersdays.identity.domain.Account;
import org.defendersdays.identity.domain.EmailAddress;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account behind a sign-in attempt. */
@Transactional(readOnly = true)
public class SignInService implements SignInLookupUseCase {

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final Passkeys passkeys;

    public SignInService(Accounts accounts, SecondFactors secondFactors, Passkeys passkeys) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.passkeys = passkeys;
    }

    @Override
    public Optional<SignInAccount> forSignIn(EmailAddress email) {
        return accounts.findByEmail(email).map(this::asSignInAccount);
    }

    @Override
    public Optional<SignInAccount> forPasskeyUser(byte[] userHandle) {
        return passkeys.ownerOfUserHandle(userHandle).flatMap(accounts::findById).map(this::asSignInAccount);
    }

    private SignInAccount asSignInAccount(Account account) {
        return new SignInAccount(account.id(), account.displayName().value(), account.passwordHash(),
                account.roles(), account.canSignIn(), secondFactors.exists(account.id()));
    }
}
