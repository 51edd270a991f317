package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHash;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.junit.jupiter.api.Test;

class ChainedAuditTrailTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00.000001Z");

    final InMemoryAuditChain chain = new InMemoryAuditChain();
    final AuditTrail trail = AuditUseCases.auditTrail(chain, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anEntryIsStampedByTheClockAndSealedAtTheEndOfTheChain() {
        trail.record(new AuditEntry(Optional.empty(), "identity.login.failed", "account", Optional.empty(),
                Outcome.FAILURE, Optional.of("badCredentials")));
        trail.record(new AuditEntry(Optional.empty(), "identity.login.failed", "account", Optional.empty(),
                Outcome.FAILURE, Optional.of("badCredentials")));

        assertThat(chain.records).hasSize(2);
        AuditRecord first = chain.records.get(0);
        AuditRecord second = chain.records.get(1);
        assertThat(first.time()).isEqualTo(NOW);
        assertThat(first.previousHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isNotEqualTo(first.hash());
        assertThat(chain.head.sequence()).isEqualTo(2);
    }
}
