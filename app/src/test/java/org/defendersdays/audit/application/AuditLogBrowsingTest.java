package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase.AuditLogPage;
import org.defendersdays.audit.application.port.out.AuditSearch;
import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHead;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class AuditLogBrowsingTest {

    final List<AuditRecord> stored = new ArrayList<>();
    final List<Integer> limitsAskedFor = new ArrayList<>();

    final AuditSearch search = (filter, olderThan, limit) -> {
        limitsAskedFor.add(limit);
        return stored.stream()
                .filter(record -> olderThan.isEmpty() || record.sequence() < olderThan.getAsLong())
                .sorted(Comparator.comparingLong(AuditRecord::sequence).reversed())
                .limit(limit)
                .toList();
    };

    final BrowseAuditLogUseCase browsing = AuditUseCases.logBrowsing(search);

    void store(int count) {
        ChainHead head = ChainHead.EMPTY;
        for (int i = 0; i < count; i++) {
            AuditRecord record = head.append(AuditEntry.success(PersonId.generate(), "community.group.opened", "group",
                    "g" + i), Instant.parse("2026-11-23T12:00:00Z"));
            stored.add(record);
            head = ChainHead.of(record);
        }
    }

    @Test
    void pagesHoldFiftyNewestFirstAndPointToTheOlderPage() {
        store(120);

        AuditLogPage first = browsing.browse(AuditFilter.EVERYTHING, OptionalLong.empty());
        AuditLogPage second = browsing.browse(AuditFilter.EVERYTHING, first.nextOlderThan());
        AuditLogPage third = browsing.browse(AuditFilter.EVERYTHING, second.nextOlderThan());

        assertThat(first.records()).hasSize(50).first().extracting(AuditRecord::sequence).isEqualTo(120L);
        assertThat(first.nextOlderThan()).hasValue(71);
        assertThat(second.records()).hasSize(50).first().extracting(AuditRecord::sequence).isEqualTo(70L);
        assertThat(third.records()).hasSize(20).last().extracting(AuditRecord::sequence).isEqualTo(1L);
        assertThat(third.nextOlderThan()).isEmpty();
        assertThat(limitsAskedFor).containsOnly(BrowseAuditLogUseCase.PAGE_SIZE + 1);
    }

    @Test
    void exactlyOnePageHasNoOlderPage() {
        store(50);

        assertThat(browsing.browse(AuditFilter.EVERYTHING, OptionalLong.empty()).nextOlderThan()).isEmpty();
    }
}
