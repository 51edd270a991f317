package org.defendersdays.audit.application.port.in;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;

/** A platform admin reads the audit log, newest first, a page at a time, narrowed by a filter. */
public interface BrowseAuditLogUseCase {

    /** Records on one page; a page never holds more. */
    int PAGE_SIZE = 50;

    /**
     * One page of the records that match the filter, newest first.
     *
     * @param olderThan start below this sequence number (from a previous page's {@code nextOlderThan}),
     *        or at the newest record when empty
     */
    AuditLogPage browse(AuditFilter filter, OptionalLong olderThan);

    /**
     * @param records at most {@link #PAGE_SIZE} records, newest first
     * @param nextOlderThan where the next (older) page starts, empty on the last page
     */
    record AuditLogPage(List<AuditRecord> records, OptionalLong nextOlderThan) {

        public AuditLogPage {
            records = List.copyOf(records);
            Objects.requireNonNull(nextOlderThan, "nextOlderThan");
        }
    }
}
