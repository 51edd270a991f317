package org.defendersdays.audit.application.port.out;

import java.util.List;

import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHead;

/** The chain of audit records in storage. */
public interface AuditChain {

    /**
     * The chain's head, locked in the database until the current transaction ends, so appends happen
     * one at a time on every instance of the platform and the chain never forks. Needs a transaction.
     */
    ChainHead lockHead();

    /** Stores the record and makes it the head. Only after {@link #lockHead()}, in the same transaction. */
    void append(AuditRecord record);

    /** The recorded head, as the current transaction sees it; nothing is locked. */
    ChainHead head();

    /** Up to {@code limit} records with a sequence number above {@code sequence}, in ascending order. */
    List<AuditRecord> recordsAfter(long sequence, int limit);
}
