package org.defendersdays.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class ChainHeadTest {

    static final AuditEntry ENTRY = AuditEntry.success(PersonId.generate(), "conference.edition.announced", "edition",
            "2028");

    @Test
    void theFirstRecordIsNumberOneAndLinksToTheGenesisHash() {
        AuditRecord first = ChainHead.EMPTY.append(ENTRY, Instant.parse("2026-11-23T10:00:00Z"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(first.matchesItsHash()).isTrue();
        assertThat(first.actor()).isEqualTo(ENTRY.actor());
        assertThat(first.action()).isEqualTo("conference.edition.announced");
        assertThat(first.targetId()).contains("2028");
    }

    @Test
    void eachRecordLinksToTheHeadItWasAppendedTo() {
        AuditRecord first = ChainHead.EMPTY.append(ENTRY, Instant.parse("2026-11-23T10:00:00Z"));
        AuditRecord second = ChainHead.of(first).append(ENTRY.withDetail("again"), Instant.parse("2026-11-23T10:00:01Z"));

        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(second.matchesItsHash()).isTrue();
    }

    /** PostgreSQL keeps microseconds; the hash must be of the time it gives back. */
    @Test
    void theTimeIsKeptToTheMicrosecond() {
        AuditRecord record = ChainHead.EMPTY.append(ENTRY, Instant.parse("2026-11-23T10:00:00.123456789Z"));

        assertThat(record.time()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
        assertThat(record.matchesItsHash()).isTrue();
    }
}
