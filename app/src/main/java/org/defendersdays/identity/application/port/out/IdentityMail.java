package org.defendersdays.identity.application.port.out;

import java.util.Locale;

import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;

/**
 * The mails identity sends. Sent after the transaction commits, so nothing is mailed for a change
 * that rolled back, and the time a request takes does not depend on whether a mail went out.
 */
public interface IdentityMail {

    void verificationLink(EmailAddress to, DisplayName name, String token, Locale language);

    /** Someone tried to register an address that already has an account. */
    void alreadyRegistered(EmailAddress to, Locale language);

    void passwordResetLink(EmailAddress to, String token, Locale language);

    /** The password was changed: if it was not the owner, they should act. */
    void passwordChanged(EmailAddress to, Locale language);

    /** A platform admin invites the address to create an account. */
    void invitation(EmailAddress to, String token, Locale language);
}
