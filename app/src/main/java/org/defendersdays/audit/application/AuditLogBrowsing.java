package org.defendersdays.audit.application;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.out.AuditSearch;
import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages through the log by keyset (sequence numbers), not by offset: a page deep in the log costs
 * the same as the first, and entries appended meanwhile do not shift the pages. One record more
 * than a page is read to learn whether an older page exists.
 */
class AuditLogBrowsing implements BrowseAuditLogUseCase {

    private final AuditSearch search;

    AuditLogBrowsing(AuditSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    @Transactional(readOnly = true)
    public AuditLogPage browse(AuditFilter filter, OptionalLong olderThan) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(olderThan, "olderThan");
        List<AuditRecord> found = search.newestFirst(filter, olderThan, PAGE_SIZE + 1);
        if (found.size() <= PAGE_SIZE) {
            return new AuditLogPage(found, OptionalLong.empty());
        }
        List<AuditRecord> page = found.subList(0, PAGE_SIZE);
        return new AuditLogPage(page, OptionalLong.of(page.get(PAGE_SIZE - 1).sequence()));
    }
}
