package org.defendersdays.identity.adapter.out.mail;

/** Hands a mail to whatever delivers it. */
interface MailDelivery {

    void deliver(OutgoingMail mail);
}
