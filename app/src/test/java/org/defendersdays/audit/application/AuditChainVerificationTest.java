package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainVerdict;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class AuditChainVerificationTest {

    final InMemoryAuditChain chain = new InMemoryAuditChain();

    void recordEntries(int count) {
        AuditTrail trail = AuditUseCases.auditTrail(chain, Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"),
                ZoneOffset.UTC));
        for (int i = 0; i < count; i++) {
            trail.record(AuditEntry.success(PersonId.generate(), "bootcamp.programme.published", "programme", "p" + i));
        }
    }

    @Test
    void aLongChainIsWalkedInPagesAndFoundIntact() {
        recordEntries(1_234);

        ChainVerdict verdict = AuditUseCases.chainVerification(chain).verify();

        assertThat(verdict).isEqualTo(new ChainVerdict.Intact(1_234, chain.head.hash()));
        assertThat(chain.largestPageAskedFor).isEqualTo(AuditChainVerification.WALK_PAGE);
        assertThat(chain.pagesRead).isEqualTo(3);
    }

    @Test
    void theFirstChangedEntryIsReported() {
        recordEntries(1_234);
        chain.tamper(777, record -> new AuditRecord(record.sequence(), record.time(), record.actor(), record.action(),
                record.targetType(), Optional.of("p-forged"), record.outcome(), record.detail(), record.previousHash(),
                record.hash()));
        chain.tamper(900, record -> new AuditRecord(record.sequence(), record.time(), Optional.empty(),
                record.action(), record.targetType(), record.targetId(), record.outcome(), record.detail(),
                record.previousHash(), record.hash()));

        assertThat(AuditUseCases.chainVerification(chain).verify())
                .isEqualTo(new ChainVerdict.Broken(777, ChainVerdict.Reason.ALTERED));
    }

    @Test
    void aChainThatEndsExactlyAtAPageBoundaryIsIntact() {
        recordEntries(AuditChainVerification.WALK_PAGE * 2);

        assertThat(AuditUseCases.chainVerification(chain).verify())
                .isEqualTo(new ChainVerdict.Intact(AuditChainVerification.WALK_PAGE * 2L, chain.head.hash()));
    }
}
