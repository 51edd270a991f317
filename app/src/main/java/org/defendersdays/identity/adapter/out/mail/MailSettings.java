package org.defendersdays.identity.adapter.out.mail;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How identity's mails are addressed and delivered.
 *
 * @param publicUrl the platform's address as people reach it, for links in mails (never taken from
 *        a request's Host header, which an attacker controls)
 * @param from the sender address
 * @param folder where mails are written when no SMTP server is configured ({@code spring.mail.host})
 */
@ConfigurationProperties("defendersdays.mail")
record MailSettings(String publicUrl, String from, Path folder) {

    MailSettings {
        publicUrl = publicUrl == null ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        from = from == null ? "Defenders' Days <no-reply@defendersdays.invalid>" : from;
        folder = folder == null ? Path.of(System.getProperty("java.io.tmpdir"), "defendersdays-mail") : folder;
    }
}
