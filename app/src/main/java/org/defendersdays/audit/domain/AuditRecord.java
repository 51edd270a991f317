package org.defendersdays.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.ValueObject;

/**
 * One entry of the audit log as stored: its place in the chain, when it was recorded, what it says
 * (the codes of an {@link AuditEntry}) and the hashes that chain it.
 *
 * <p>The codes are not checked again here: a record read back from storage must be readable even if
 * someone changed it, so the chain verification can report the change instead of failing on it. New
 * records only come from {@link ChainHead#append}, which takes a checked {@link AuditEntry}.
 *
 * @param sequence its place in the chain, from 1, without gaps
 * @param time when it was recorded, to the microsecond (what PostgreSQL keeps)
 * @param previousHash the hash of the record before it ({@link ChainHash#GENESIS} for the first)
 * @param hash the hash of this record's contents and {@code previousHash}
 */
public record AuditRecord(long sequence, Instant time, Optional<PersonId> actor, String action, String targetType,
        Optional<String> targetId, Outcome outcome, Optional<String> detail, ChainHash previousHash, ChainHash hash)
        implements ValueObject {

    private static final int NANOS_PER_MICRO = 1_000;

    public AuditRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        Objects.requireNonNull(time, "time");
        if (time.getNano() % NANOS_PER_MICRO != 0) {
            throw new IllegalArgumentException("time is kept to the microsecond");
        }
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The hash these contents should have. */
    public ChainHash contentHash() {
        return ChainHash.of(sequence, time, actor, action, targetType, targetId, outcome, detail, previousHash);
    }

    /** False once anything in the record (or its hash) was changed after it was written. */
    public boolean matchesItsHash() {
        return hash.equals(contentHash());
    }
}
