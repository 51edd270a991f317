package org.defendersdays.conference.adapter.out.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.defendersdays.conference.application.port.out.ApplicationNotices;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The receipt for a submitted application, in the applicant's language (the {@code applications}
 * bundle), handed to {@link PersonalMail}, which sends it after the transaction commits. It says
 * until when the application can be changed and where; nothing of what the applicant wrote.
 */
@Component
class MailedApplicationNotices implements ApplicationNotices {

    private static final ZoneId CONFERENCE_TIME = ZoneId.of("Europe/Stockholm");

    private final MessageSource messages;
    private final PersonalMail mail;
    private final String publicUrl;

    MailedApplicationNotices(MessageSource messages, PersonalMail mail,
            @Value("${defendersdays.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void submitted(PersonId applicant, String language, int year, Instant changeableUntil) {
        Locale locale = Locale.forLanguageTag(language);
        String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(CONFERENCE_TIME).format(changeableUntil);
        String edition = String.valueOf(year);
        mail.send(applicant, new PersonalMail.Letter(
                messages.getMessage("application.mail.submitted.subject", new Object[] {edition}, locale),
                messages.getMessage("application.mail.submitted.body", new Object[] {edition, until,
                    publicUrl + "/conference/editions/" + year + "/application"}, locale)));
    }
}
