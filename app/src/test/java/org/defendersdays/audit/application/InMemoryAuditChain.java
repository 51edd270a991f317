package org.defendersdays.audit.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHead;

/** The chain in a list, for use-case tests; it counts the pages asked for. */
class InMemoryAuditChain implements AuditChain {

    final List<AuditRecord> records = new ArrayList<>();
    ChainHead head = ChainHead.EMPTY;
    int pagesRead;
    int largestPageAskedFor;

    @Override
    public ChainHead lockHead() {
        return head;
    }

    @Override
    public void append(AuditRecord record) {
        if (record.sequence() != head.sequence() + 1) {
            throw new IllegalStateException("append without the head");
        }
        records.add(record);
        head = ChainHead.of(record);
    }

    @Override
    public ChainHead head() {
        return head;
    }

    @Override
    public List<AuditRecord> recordsAfter(long sequence, int limit) {
        pagesRead++;
        largestPageAskedFor = Math.max(largestPageAskedFor, limit);
        return records.stream().filter(record -> record.sequence() > sequence).limit(limit).toList();
    }

    /** Changes a stored record behind the chain's back, as someone with database access could. */
    void tamper(long sequence, UnaryOperator<AuditRecord> change) {
        int index = (int) sequence - 1;
        records.set(index, change.apply(records.get(index)));
    }
}
