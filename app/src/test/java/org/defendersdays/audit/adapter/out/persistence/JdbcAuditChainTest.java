package org.defendersdays.audit.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.defendersdays.audit.AuditTestSupport.sequenceOf;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.defendersdays.audit.application.AuditUseCases;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHead;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain's storage against PostgreSQL: what goes in comes back exactly, and appends queue at the head. */
@PlatformTest
class JdbcAuditChainTest {

    @Autowired
    AuditChain chain;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aRecordIsStoredAndReadBackExactlySoItsHashStillMatches() {
        String action = uniqueAction("roundtrip");
        Instant time = Instant.parse("2026-11-23T20:19:44.123456Z");
        AuditTrail fixedTime = AuditUseCases.auditTrail(chain, Clock.fixed(time, ZoneOffset.UTC));
        PersonId actor = PersonId.generate();

        transaction.executeWithoutResult(status -> fixedTime.record(new AuditEntry(Optional.of(actor), action,
                "account", Optional.empty(), Outcome.DENIED, Optional.of("PLATFORM_ADMIN"))));

        long sequence = sequenceOf(jdbc, action);
        AuditRecord read = chain.recordsAfter(sequence - 1, 1).get(0);
        assertThat(read.sequence()).isEqualTo(sequence);
        assertThat(read.time()).isEqualTo(time);
        assertThat(read.actor()).contains(actor);
        assertThat(read.action()).isEqualTo(action);
        assertThat(read.targetType()).isEqualTo("account");
        assertThat(read.targetId()).isEmpty();
        assertThat(read.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(read.detail()).contains("PLATFORM_ADMIN");
        assertThat(read.matchesItsHash()).isTrue();
        assertThat(chain.head().sequence()).isGreaterThanOrEqualTo(sequence);
    }

    @Test
    void theHeadIsTheLastRecordAppended() {
        String action = uniqueAction("head");
        trail.record(new AuditEntry(Optional.empty(), action, "account", Optional.empty(), Outcome.FAILURE,
                Optional.empty()));

        ChainHead head = chain.head();
        List<AuditRecord> last = chain.recordsAfter(head.sequence() - 1, 10);
        assertThat(last).singleElement().satisfies(record -> {
            assertThat(record.action()).isEqualTo(action);
            assertThat(ChainHead.of(record)).isEqualTo(head);
        });
    }

    @Test
    void theHeadCannotBeLockedOutsideATransaction() {
        assertThatThrownBy(chain::lockHead).isInstanceOf(IllegalTransactionStateException.class);
    }

    /** The lock is PostgreSQL's row lock on the head, held to the end of the appending transaction. */
    @Test
    void aSecondAppendWaitsUntilTheFirstTransactionEnds() throws Exception {
        String action = uniqueAction("queue");
        CountDownLatch firstHasAppended = new CountDownLatch(1);
        CountDownLatch letFirstCommit = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            trail.record(new AuditEntry(Optional.empty(), action, "first", Optional.empty(), Outcome.SUCCESS,
                    Optional.empty()));
            firstHasAppended.countDown();
            await(letFirstCommit);
        }));
        assertThat(firstHasAppended.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> trail.record(new AuditEntry(
                Optional.empty(), action, "second", Optional.empty(), Outcome.SUCCESS, Optional.empty())));

        Thread.sleep(500);
        assertThat(second).isNotDone();
        letFirstCommit.countDown();
        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);

        assertThat(jdbc.queryForList("SELECT target_type FROM audit.entry WHERE action = ? ORDER BY sequence",
                String.class, action)).containsExactly("first", "second");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
