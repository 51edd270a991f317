package org.defendersdays.identity.adapter.out.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.identity.domain.DisplayName;
import org.defendersdays.identity.domain.EmailAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Identity's mails in the recipient's language, from the {@code identity.mail.*} messages. Each is
 * delivered after the surrounding transaction commits and off the request thread, so nothing is
 * mailed for a change that rolled back and a request takes as long whether or not it mails.
 */
class LocalizedIdentityMail implements IdentityMail {

    private static final Logger log = LoggerFactory.getLogger(LocalizedIdentityMail.class);

    private final MessageSource messages;
    private final MailDelivery delivery;
    private final Executor executor;
    private final String publicUrl;

    LocalizedIdentityMail(MessageSource messages, MailDelivery delivery, Executor executor, String publicUrl) {
        this.messages = messages;
        this.delivery = delivery;
        this.executor = executor;
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
        OutgoingMail mail = new OutgoingMail(to.value(),
                messages.getMessage("identity.mail." + kind + ".subject", null, language),
                messages.getMessage("identity.mail." + kind + ".body", arguments, language));
        Runnable deliver = () -> executor.execute(() -> {
            try {
                delivery.deliver(mail);
            } catch (RuntimeException e) {
                // The recipient is not logged: the kind of mail is enough to investigate.
                log.error("Could not deliver a '{}' mail: {}", kind, e.getMessage());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver.run();
                }
            });
        } else {
            deliver.run();
        }
    }
}
