package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.defendersdays.sharedkernel.mail.PersonalMail.Letter;
import org.defendersdays.testing.PlatformTest;
import org.defendersdays.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Other modules mail people by id; identity finds the address and sends through the real SMTP server. */
@PlatformTest
class PersonalMailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalMail mail;

    @Test
    void aLetterReachesTheAddressOfTheAccount() throws Exception {
        String email = Accounts.verified(mvc, "Nadia");
        PersonId person = idOf(email);

        mail.send(person, new Letter("Your place at Defenders' Days 2030", "Welcome, Nadia: نرحب بكم"));

        assertThat(TestMailServer.awaitMail(email, "Your place at Defenders' Days 2030")).contains("نرحب بكم");
    }

    @Test
    void aLockedAccountGetsNothingAndAnUnknownPersonIsNoError() throws Exception {
        String email = Accounts.verified(mvc, "Locked");
        PersonId person = idOf(email);
        jdbc.update("UPDATE identity.account SET status = 'LOCKED' WHERE id = ?", person.value());

        mail.send(person, new Letter("Locked out", "nothing"));
        mail.send(new PersonId(UUID.randomUUID()), new Letter("Nobody", "nothing"));
        String control = Accounts.verified(mvc, "Control");
        mail.send(idOf(control), new Letter("Control letter", "sent after the others"));

        TestMailServer.awaitMail(control, "Control letter");
        assertThat(TestMailServer.mailsTo(email)).noneMatch(m -> subjectOf(m).contains("Locked out"));
    }

    private PersonId idOf(String email) {
        return new PersonId(jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email));
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
