package org.defendersdays.conference.adapter.out.mail.workshops;

import java.util.Locale;

import org.defendersdays.conference.application.port.out.WorkshopNotifications;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.defendersdays.sharedkernel.mail.PersonalMail.Letter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Workshop mail, written in the recipient's language from the {@code workshops} messages and sent
 * by {@link PersonalMail} after the transaction commits. The mail names the workshop and the
 * edition only: nothing about the person, and no link carrying anything personal.
 */
@Component
class WorkshopMail implements WorkshopNotifications {

    private final PersonalMail mail;
    private final MessageSource messages;
    private final String publicUrl;

    /** @param publicUrl where people reach the platform, as in every other mail's links */
    WorkshopMail(PersonalMail mail, MessageSource messages,
            @Value("${defendersdays.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.mail = mail;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void promoted(PersonId person, String language, int year, String workshopTitle) {
        Locale locale = Locale.forLanguageTag(language);
        String subject = messages.getMessage("workshops.mail.promoted.subject", new Object[] {String.valueOf(year)}, locale);
        String body = messages.getMessage("workshops.mail.promoted.body",
                new Object[] {workshopTitle, String.valueOf(year),
                    publicUrl + "/conference/editions/" + year + "/my-programme"},
                locale);
        mail.send(person, new Letter(subject.replace('\n', ' ').strip(), body));
    }
}
