package org.defendersdays.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.defendersdays.identity.application.port.in.ManagePasskeysUseCase;
import org.defendersdays.identity.application.port.out.Passkeys;
import org.defendersdays.identity.domain.passkey.PasskeyId;
import org.defendersdays.identity.domain.passkey.PasskeySummary;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's passkeys. The WebAuthn user handle is 32 random bytes rather than the account id, so
 * an authenticator (or whoever examines it) learns nothing that links it to the platform's records.
 */
@Transactional
public class PasskeyService implements ManagePasskeysUseCase {

    private static final int USER_HANDLE_BYTES = 32;

    private final Passkeys passkeys;
    private final AuditTrail audit;
    private final SecureRandom random;
    private final Clock clock;

    public PasskeyService(Passkeys passkeys, AuditTrail audit, SecureRandom random, Clock clock) {
        this.passkeys = passkeys;
        this.audit = audit;
        this.random = random;
        this.clock = clock;
    }

    @Override
    public boolean prepareRegistration(PersonId person) {
        byte[] handle = new byte[USER_HANDLE_BYTES];
        random.nextBytes(handle);
        return passkeys.ensureUserHandle(person, handle, clock.instant());
    }

    @Override
    public void registered(PersonId person, PasskeyId id) {
        audit.record(AuditEntry.success(person, "identity.passkey.registered", "account", person.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PasskeySummary> passkeys(PersonId person) {
        return passkeys.of(person);
    }

    @Override
    public boolean remove(PersonId person, PasskeyId id) {
        boolean removed = passkeys.remove(person, id);
        if (removed) {
            audit.record(AuditEntry.success(person, "identity.passkey.removed", "account", person.toString()));
        }
        return removed;
    }
}
