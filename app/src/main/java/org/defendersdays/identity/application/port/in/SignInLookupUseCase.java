package org.defendersdays.identity.application.port.in;

import java.util.Optional;
import java.util.Set;

import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;

/** What sign-in needs to know of an account, found by the address someone types in or by their passkey. */
public interface SignInLookupUseCase {

    Optional<SignInAccount> forSignIn(EmailAddress email);

    /** The account a passkey's WebAuthn user handle belongs to, once the ceremony has verified it. */
    Optional<SignInAccount> forPasskeyUser(byte[] userHandle);

    /** The account as sign-in sees it; the hash leaves only to be checked against the typed password. */
    record SignInAccount(PersonId id, String displayName, String passwordHash, Set<Role> roles, boolean canSignIn,
            boolean hasSecondFactor) {

        @Override
        public String toString() {
            return "SignInAccount[" + id + "]";
        }
    }
}
