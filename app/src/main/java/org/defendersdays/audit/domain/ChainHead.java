package org.defendersdays.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.jmolecules.ddd.types.ValueObject;

/**
 * The end of the chain: the last record's sequence number and hash, or {@link #EMPTY} before the
 * first record. New records are appended here.
 */
public record ChainHead(long sequence, ChainHash hash) implements ValueObject {

    public static final ChainHead EMPTY = new ChainHead(0, ChainHash.GENESIS);

    public ChainHead {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence numbers are never negative");
        }
        Objects.requireNonNull(hash, "hash");
    }

    public static ChainHead of(AuditRecord record) {
        return new ChainHead(record.sequence(), record.hash());
    }

    /**
     * The record that extends the chain with the entry. The time is cut to the microsecond, so the
     * hash computed now is the hash of what PostgreSQL stores and gives back.
     */
    public AuditRecord append(AuditEntry entry, Instant time) {
        long next = Math.addExact(sequence, 1);
        Instant at = time.truncatedTo(ChronoUnit.MICROS);
        ChainHash sealed = ChainHash.of(next, at, entry.actor(), entry.action(), entry.targetType(), entry.targetId(),
                entry.outcome(), entry.detail(), hash);
        return new AuditRecord(next, at, entry.actor(), entry.action(), entry.targetType(), entry.targetId(),
                entry.outcome(), entry.detail(), hash, sealed);
    }
}
