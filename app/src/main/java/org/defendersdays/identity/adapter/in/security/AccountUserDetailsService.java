package org.defendersdays.identity.adapter.in.security;

import org.defendersdays.identity.application.port.in.SignInLookupUseCase;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.defendersdays.identity.domain.SignInStage;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the account for the address typed at sign-in. An unknown address is reported like a wrong
 * password (Spring Security still hashes a dummy password, so the timing matches too).
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final SignInLookupUseCase accounts;

    AccountUserDetailsService(SignInLookupUseCase accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String typedEmail) {
        EmailAddress email;
        try {
            email = new EmailAddress(typedEmail);
        } catch (IdentityRuleViolation malformed) {
            throw new UsernameNotFoundException("no such account");
        }
        return accounts.forSignIn(email)
                .map(account -> new SignedInPerson(account.id().value(), account.displayName(), account.roles(),
                        account.passwordHash(), account.canSignIn(), account.hasSecondFactor()
                                ? SignInStage.AWAITING_SECOND_FACTOR : SignInStage.PASSWORD_ONLY))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
