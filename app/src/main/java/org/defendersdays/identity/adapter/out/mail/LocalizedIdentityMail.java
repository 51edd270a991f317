package org.defendersdays.identity.adapter.out.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.springframework.context.MessageSource;

/**
 * Identity's mails in the recipient's language, from the {@code identity.mail.*} messages. Each is
 * delivered after the surrounding transaction commits and off the request thread, so nothing is
 * mailed for a change that rolled back and a request takes as long whether or not it mails.
 */
class LocalizedIdentityMail implements IdentityMail {

    private final MessageSource messages;
    private final AfterCommitMailer mailer;
    private final String publicUrl;

    LocalizedIdentityMail(MessageSource messages, AfterCommitMailer mailer, String publicUrl) {
        this.messages = messages;
        this.mailer = mailer;
        this.publicUrl = publicUrl;
    }

    @Override
    public void verificationLink(EmailAddress to, DisplayName name, String token, Locale language) {
        send(to, "verify", language, name.value(), link("/verify-email", token));
    }

    @Override
    public void alreadyRegistered(EmailAddress to, Locale language) {
        send(to, "alreadyRegistered", language, publicUrl + "/login", publicUrl + "/password-reset");
    }

    @Override
    public void passwordResetLink(EmailAddress to, String token, Locale language) {
        send(to, "reset", language, link("/password-reset/new", token));
    }

    @Override
    public void passwordChanged(EmailAddress to, Locale language) {
        send(to, "passwordChanged", language, publicUrl + "/password-reset");
    }

    @Override
    public void invitation(EmailAddress to, String token, Locale language) {
        send(to, "invitation", language, link("/invitation", token));
    }

    private String link(String path, String token) {
        return publicUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private void send(EmailAddress to, String kind, Locale language, Object... arguments) {
        mailer.deliver(new OutgoingMail(to.value(),
                messages.getMessage("identity.mail." + kind + ".subject", null, language),
                messages.getMessage("identity.mail." + kind + ".body", arguments, language)), kind);
    }
}
