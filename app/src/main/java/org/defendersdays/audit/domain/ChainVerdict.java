package org.defendersdays.audit.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** What a walk along the whole chain found: intact, or broken at a first sequence number. */
public sealed interface ChainVerdict extends ValueObject {

    /**
     * Every record is where it should be, unchanged, and the chain ends at its recorded head.
     *
     * @param entries how many records were checked
     * @param head the last record's hash: write it down outside the platform to notice a rewrite later
     */
    record Intact(long entries, ChainHash head) implements ChainVerdict {

        public Intact {
            Objects.requireNonNull(head, "head");
        }
    }

    /**
     * The chain does not hold at {@code sequence}; everything before it was verified.
     *
     * @param sequence the first sequence number at which the chain breaks
     * @param reason how it breaks there
     */
    record Broken(long sequence, Reason reason) implements ChainVerdict {

        public Broken {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** How a chain can break. */
    enum Reason {
        /** The record with this number is not there (removed, or the chain ends early). */
        MISSING,
        /** The record does not name the hash of the one before it: one of the two was replaced. */
        UNLINKED,
        /** The record's contents no longer match its hash: it was changed. */
        ALTERED,
        /** The records end in a different hash than the recorded head: the end of the chain was rewritten. */
        HEAD_MISMATCH
    }
}
