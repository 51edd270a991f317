package org.defendersdays.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) for the tests, one per test JVM on a free port. Every Spring test
 * context sends its mail here (see {@link TestMailServerContextCustomizerFactory}); tests read what
 * arrived.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static int port() {
        return server().getSmtp().getPort();
    }

    /** Waits for a mail to the address whose subject contains the text, and returns its text body. */
    public static String awaitMail(String to, String subjectContains) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> find(to, subjectContains), Optional::isPresent).get();
    }

    public static List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> isTo(message, to)).toList();
    }

    private static Optional<String> find(String to, String subjectContains) {
        return mailsTo(to).stream()
                .filter(message -> subject(message).contains(subjectContains))
                .reduce((first, second) -> second)
                .map(TestMailServer::text);
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The text a person reads: JavaMail decodes the transfer encoding and charset. */
    private static String text(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable test mail", e);
        }
    }
}
