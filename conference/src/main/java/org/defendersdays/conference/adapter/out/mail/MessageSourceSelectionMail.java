package org.defendersdays.conference.adapter.out.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

import org.defendersdays.conference.application.port.out.SelectionMail;
import org.defendersdays.conference.domain.selection.SelectionNotice;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.defendersdays.sharedkernel.mail.PersonalMail.Letter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the selection mails from the {@code selection} message bundle in the applicant's chosen
 * language (English if it is not one of the site's), with deadlines in the conference's time zone.
 * The mails carry the year, the deadline, the waitlist rank and the address of the person's place
 * page (which needs a sign-in): nothing from the application.
 */
@Component
class MessageSourceSelectionMail implements SelectionMail {

    private static final Set<String> LANGUAGES = Set.of("en", "es", "fr", "ru", "ar");
    private static final ZoneId CONFERENCE_TIME = ZoneId.of("Europe/Stockholm");

    private final PersonalMail mail;
    private final String publicUrl;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    MessageSourceSelectionMail(PersonalMail mail,
            @Value("${defendersdays.public-url:${defendersdays.mail.public-url:http://localhost:8080}}") String publicUrl) {
        this.mail = mail;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        messages.setBasename("i18n/selection");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Override
    public void tell(PersonId applicant, String language, SelectionNotice notice) {
        mail.send(applicant, letter(language, notice));
    }

    Letter letter(String language, SelectionNotice notice) {
        Locale locale = Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
        String deadline = notice.confirmBy().map(at -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                FormatStyle.SHORT).withLocale(locale).withZone(CONFERENCE_TIME).format(at)).orElse("");
        String rank = notice.rank().isPresent() ? String.valueOf(notice.rank().getAsInt()) : "";
        String key = "selection.mail." + notice.kind().name();
        String page = publicUrl + "/conference/editions/" + notice.year() + "/place";
        Object[] args = { String.valueOf(notice.year()), deadline, rank, page };
        return new Letter(messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale));
    }
}
