package org.defendersdays.audit.domain;

import java.util.Objects;

/**
 * Checks the chain one record at a time, in sequence order, keeping only the last good link, so a
 * chain of any length is checked in constant memory. The first break ends the walk.
 */
public final class ChainWalk {

    private ChainHead reached = ChainHead.EMPTY;
    private ChainVerdict.Broken broken;

    /**
     * Checks the next record.
     *
     * @return whether the walk goes on: false once the chain is broken
     */
    public boolean step(AuditRecord record) {
        Objects.requireNonNull(record, "record");
        if (broken != null) {
            return false;
        }
        long expected = reached.sequence() + 1;
        if (record.sequence() < expected) {
            throw new IllegalArgumentException("records must be walked in ascending sequence order");
        }
        if (record.sequence() > expected) {
            broken = new ChainVerdict.Broken(expected, ChainVerdict.Reason.MISSING);
        } else if (!record.previousHash().equals(reached.hash())) {
            broken = new ChainVerdict.Broken(record.sequence(), ChainVerdict.Reason.UNLINKED);
        } else if (!record.matchesItsHash()) {
            broken = new ChainVerdict.Broken(record.sequence(), ChainVerdict.Reason.ALTERED);
        } else {
            reached = ChainHead.of(record);
        }
        return broken == null;
    }

    /**
     * The verdict, once every record was walked, against the head recorded in the same snapshot. A
     * chain that stops short of the head lost its last records; one that goes past the head, or ends
     * in another hash, had its end rewritten.
     */
    public ChainVerdict end(ChainHead recordedHead) {
        Objects.requireNonNull(recordedHead, "recordedHead");
        if (broken != null) {
            return broken;
        }
        if (reached.sequence() < recordedHead.sequence()) {
            return new ChainVerdict.Broken(reached.sequence() + 1, ChainVerdict.Reason.MISSING);
        }
        if (reached.sequence() > recordedHead.sequence()) {
            return new ChainVerdict.Broken(recordedHead.sequence() + 1, ChainVerdict.Reason.HEAD_MISMATCH);
        }
        if (!reached.hash().equals(recordedHead.hash())) {
            return new ChainVerdict.Broken(recordedHead.sequence(), ChainVerdict.Reason.HEAD_MISMATCH);
        }
        return new ChainVerdict.Intact(reached.sequence(), reached.hash());
    }
}
