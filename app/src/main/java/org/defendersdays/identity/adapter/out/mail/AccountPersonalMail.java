package org.defendersdays.identity.adapter.out.mail;

import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;

/**
 * Mails a person by id for the other modules: identity alone knows the address. Only active
 * accounts get mail; a locked or unverified account, or one that is gone, gets nothing.
 */
final class AccountPersonalMail implements PersonalMail {

    private final Accounts accounts;
    private final AfterCommitMailer mailer;

    AccountPersonalMail(Accounts accounts, AfterCommitMailer mailer) {
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @Override
    public void send(PersonId recipient, Letter letter) {
        accounts.findById(recipient)
                .filter(account -> account.canSignIn())
                .ifPresent(account -> mailer.deliver(
                        new OutgoingMail(account.email().value(), letter.subject(), letter.body()), "personal"));
    }
}
