package org.defendersdays.conference;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.mail.PersonalMail;
import org.defendersdays.sharedkernel.mail.PersonalMail.Letter;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.DisplayNames;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.testing.SignedInAs;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the conference module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl conference -am verify}). It stands in for what the app provides: the audit
 * trail (kept in memory, to be read by tests), the signed-in person (always the same organiser),
 * mail to people by id (kept in memory), display names (from a map tests fill) and the sealing of sensitive fields (a real Tink AEAD).
 */
@SpringBootApplication
public class ConferenceTestApplication {

    public static final CurrentPerson ORGANISER = new CurrentPerson(new PersonId(UUID.randomUUID()), "Organiser",
            Set.of(Role.MEMBER, Role.CONFERENCE_ADMIN));

    /** Every entry recorded while the module's tests run. */
    public static final List<AuditEntry> AUDITED = new CopyOnWriteArrayList<>();

    /** Every mail the module sent while its tests ran, with its recipient. */
    public static final List<Mailed> MAILED = new CopyOnWriteArrayList<>();

    public record Mailed(PersonId recipient, Letter letter) {
    }

    /** The display names identity would know, set by tests; people not in it have no active account. */
    public static final Map<PersonId, String> DISPLAY_NAMES = new ConcurrentHashMap<>();

    @Bean
    DisplayNames displayNames() {
        return people -> people.stream().filter(DISPLAY_NAMES::containsKey).distinct()
                .collect(Collectors.toMap(person -> person, DISPLAY_NAMES::get));
    }

    @Bean
    PersonalMail personalMail() {
        return (recipient, letter) -> MAILED.add(new Mailed(recipient, letter));
    }

    @Bean
    SensitiveData sensitiveData() {
        return new TinkForTests();
    }

    @Bean
    AuditTrail auditTrail() {
        return AUDITED::add;
    }

    @Bean
    SignedInAs signedInOrganiser() {
        return new SignedInAs(ORGANISER);
    }
}
