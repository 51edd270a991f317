package org.defendersdays.bootcamp;

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
 * Boots the bootcamp module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl bootcamp -am verify}). It stands in for what the app provides: the audit
 * trail (kept in memory, to be read by tests) and the signed-in person (always the same bootcamp admin).
 */
@SpringBootApplication
public class BootcampTestApplication {

    public static final CurrentPerson ADMIN = new CurrentPerson(new PersonId(UUID.randomUUID()), "Bootcamp admin",
            Set.of(Role.MEMBER, Role.BOOTCAMP_ADMIN));

    /** Every entry recorded while the module's tests run. */
    public static final List<AuditEntry> AUDITED = new CopyOnWriteArrayList<>();

    @Bean
    AuditTrail auditTrail() {
        return AUDITED::add;
    }

    @Bean
    SignedInAs signedInAdmin() {
        return new SignedInAs(ADMIN);
    }
}
