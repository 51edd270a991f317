package org.defendersdays.identity.adapter.out.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes each mail as an {@code .eml} file into a folder, for running without a mail server (the
 * demo, a developer's machine). Any mail program opens the files.
 */
class FolderMailDelivery implements MailDelivery {

    private final Path folder;
    private final String from;

    FolderMailDelivery(Path folder, String from) {
        this.folder = folder;
        this.from = from;
    }

    @Override
    public void deliver(OutgoingMail mail) {
        try {
            Files.createDirectories(folder);
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(MimeMessage.RecipientType.TO, mail.to());
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Path file = folder.resolve(Instant.now().toEpochMilli() + "-" + UUID.randomUUID() + ".eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                message.writeTo(out);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("could not write the mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
