package org.defendersdays.conference.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import org.defendersdays.conference.domain.selection.SelectionNotice;
import org.defendersdays.conference.domain.selection.SelectionNotice.Kind;
import org.defendersdays.sharedkernel.mail.PersonalMail.Letter;
import org.junit.jupiter.api.Test;

/** Every selection mail exists in every language, in the language asked for, with its facts. */
class MessageSourceSelectionMailTest {

    private final MessageSourceSelectionMail mail = new MessageSourceSelectionMail((person, letter) -> {
    }, "https://days.example/");

    @Test
    void everyNoticeIsWrittenInEachLanguageWithTheYearDeadlineAndRank() {
        Instant deadline = Instant.parse("2061-03-15T11:00:00Z");
        for (String language : new String[] { "en", "es", "fr", "ru", "ar" }) {
            for (Kind kind : Kind.values()) {
                Letter letter = mail.letter(language, new SelectionNotice(kind, 2061, Optional.of(deadline),
                        OptionalInt.of(3)));
                assertThat(letter.subject()).contains("2061").doesNotContain("{0}", "''");
                assertThat(letter.body()).doesNotContain("{1}", "{2}", "{3}", "''");
            }
        }
        assertThat(mail.letter("fr", new SelectionNotice(Kind.WAITLISTED, 2061, Optional.empty(), OptionalInt.of(3)))
                .body()).contains("rang 3", "liste d'attente");
        assertThat(mail.letter("ar", SelectionNotice.of(Kind.DECLINED, 2061)).body()).contains("نأسف");
        assertThat(mail.letter("en", new SelectionNotice(Kind.ACCEPTED, 2061, Optional.of(deadline),
                OptionalInt.empty())).body()).contains("March 15, 2061", "12:00",
                        "https://days.example/conference/editions/2061/place");
        assertThat(mail.letter("xx", SelectionNotice.of(Kind.CONFIRMED, 2061)).subject())
                .isEqualTo("Defenders' Days 2061: your place is confirmed");
    }
}
