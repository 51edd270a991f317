package org.defendersdays.conference.adapter.out.mail;

import java.util.Locale;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.TravelNotices;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the decision mails in the participant's language (the {@code travel} bundle) and hands them
 * to {@link PersonalMail}, which sends them after the transaction commits. They say what was decided
 * and where to look; never a passport or contact detail.
 */
@Component
class MailedTravelNotices implements TravelNotices {

    private final MessageSource messages;
    private final PersonalMail mail;

    private final String publicUrl;

    MailedTravelNotices(MessageSource messages, PersonalMail mail,
            @Value("${defendersdays.mail.public-url:http://localhost:8080}") String publicUrl) {
        this.messages = messages;
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Override
    public void visaLetterDecided(PersonId person, String language, int year, RequestStatus outcome,
            Optional<RefusalReason> reason) {
        Locale locale = Locale.forLanguageTag(language);
        String key = "travel.mail.visa." + outcome.name();
        String why = reason.map(code -> messages.getMessage("travel.reason." + code.name(), null, locale)).orElse("");
        mail.send(person, new PersonalMail.Letter(messages.getMessage(key + ".subject", new Object[] {String.valueOf(year)}, locale),
                messages.getMessage(key + ".body", new Object[] {String.valueOf(year), why, publicUrl + "/conference/editions/" + year
                        + "/visa-letter"}, locale)));
    }

    @Override
    public void travelSupportDecided(PersonId person, String language, int year, RequestStatus outcome,
            Optional<SupportAmount> approved, Optional<RefusalReason> reason) {
        Locale locale = Locale.forLanguageTag(language);
        String key = "travel.mail.support." + outcome.name();
        String why = reason.map(code -> messages.getMessage("travel.reason." + code.name(), null, locale)).orElse("");
        String amount = approved.map(SupportAmount::formatted).orElse("");
        mail.send(person, new PersonalMail.Letter(messages.getMessage(key + ".subject", new Object[] {String.valueOf(year)}, locale),
                messages.getMessage(key + ".body", new Object[] {String.valueOf(year), why, publicUrl + "/conference/editions/" + year
                        + "/travel-support", amount}, locale)));
    }
}
