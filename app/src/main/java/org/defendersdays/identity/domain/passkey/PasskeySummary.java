package org.defendersdays.identity.domain.passkey;

import java.time.Instant;

import org.jmolecules.ddd.types.ValueObject;

/** What the person sees of one of their passkeys: its label and when it was added and last used. */
public record PasskeySummary(PasskeyId id, String label, Instant createdAt, Instant lastUsedAt)
        implements ValueObject {
}
