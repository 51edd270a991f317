package org.defendersdays.identity.adapter.out.mail;

/** A plain-text mail ready to deliver. */
record OutgoingMail(String to, String subject, String body) {

    @Override
    public String toString() {
        return "OutgoingMail[hidden]";
    }
}
