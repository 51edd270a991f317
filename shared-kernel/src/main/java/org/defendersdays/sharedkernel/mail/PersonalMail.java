package org.defendersdays.sharedkernel.mail;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Sends a mail to a person by id. Implemented by the app's identity module, which looks up the
 * address; modules never see it. Sending happens after the caller's transaction commits (so nothing
 * is mailed for a change that rolled back) and off the request thread. A person whose account is
 * gone or disabled gets nothing. Neither the address nor the text is ever logged.
 */
public interface PersonalMail {

    void send(PersonId recipient, Letter letter);

    /** A plain-text mail, already in the recipient's language. */
    record Letter(String subject, String body) {

        public Letter {
            if (subject == null || subject.isBlank() || subject.length() > 200 || subject.contains("\n")) {
                throw new IllegalArgumentException("a mail subject is one line of at most 200 characters");
            }
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("a mail needs a body");
            }
        }
    }
}
