package org.defendersdays.identity.adapter.out.mail;

import jakarta.mail.MessagingException;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Delivers through the SMTP server configured with {@code spring.mail.*}. */
class SmtpMailDelivery implements MailDelivery {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailDelivery(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void deliver(OutgoingMail mail) {
        sender.send(message -> {
            try {
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                helper.setText(mail.body(), false);
            } catch (MessagingException e) {
                throw new IllegalStateException("could not build the mail", e);
            }
        });
    }
}
