package org.defendersdays.community;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.testing.SignedInAs;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Boots the community module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl community -am verify}). It stands in for what the app provides: the audit
 * trail (kept in memory, to be read by tests) and the signed-in person (always the same moderator).
 */
@SpringBootApplication
public class CommunityTestApplication {

    public static final CurrentPerson MODERATOR = new CurrentPerson(new PersonId(UUID.randomUUID()), "Moderator",
            Set.of(Role.MEMBER, Role.COMMUNITY_MODERATOR));

    /** Every entry recorded while the module's tests run. */
    public static final List<AuditEntry> AUDITED = new CopyOnWriteArrayList<>();

    @Bean
    AuditTrail auditTrail() {
        return AUDITED::add;
    }

    @Bean
    SignedInAs signedInModerator() {
        return new SignedInAs(MODERATOR);
    }
}
