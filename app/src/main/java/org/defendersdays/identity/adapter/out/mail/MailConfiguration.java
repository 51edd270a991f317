package org.defendersdays.identity.adapter.out.mail;

import java.util.concurrent.Executor;

import org.defendersdays.identity.application.port.out.Accounts;
import org.defendersdays.identity.application.port.out.IdentityMail;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses how mail leaves: through SMTP when {@code spring.mail.host} is set, otherwise into a
 * folder ({@code defendersdays.mail.folder}), so the demo runs without a mail server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    IdentityMail identityMail(MessageSource messages, MailSettings settings, AfterCommitMailer mailer) {
        return new LocalizedIdentityMail(messages, mailer, settings.publicUrl());
    }

    /** Mail that other modules write and identity addresses. */
    @Bean
    PersonalMail personalMail(Accounts accounts, AfterCommitMailer mailer) {
        return new AccountPersonalMail(accounts, mailer);
    }

    @Bean
    AfterCommitMailer afterCommitMailer(MailSettings settings, ObjectProvider<JavaMailSender> smtp,
            @Qualifier("identityMailExecutor") Executor executor) {
        JavaMailSender sender = smtp.getIfAvailable();
        MailDelivery delivery;
        if (sender != null) {
            delivery = new SmtpMailDelivery(sender, settings.from());
        } else {
            log.warn("No SMTP server configured (spring.mail.host): mails are written to {}", settings.folder());
            delivery = new FolderMailDelivery(settings.folder(), settings.from());
        }
        return new AfterCommitMailer(delivery, executor);
    }

    /** Mail leaves off the request thread; virtual threads where the JDK has them. */
    @Bean
    Executor identityMailExecutor() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("identity-mail-");
        executor.setVirtualThreads(Runtime.version().feature() >= 21);
        executor.setConcurrencyLimit(4);
        return executor;
    }
}
