package org.defendersdays.audit.application.port.out;

import java.util.List;
import java.util.OptionalLong;

import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;

/** Finds audit records for reading. */
public interface AuditSearch {

    /**
     * Up to {@code limit} records matching the filter, newest (highest sequence number) first.
     *
     * @param olderThan only records with a lower sequence number, when present
     */
    List<AuditRecord> newestFirst(AuditFilter filter, OptionalLong olderThan, int limit);
}
