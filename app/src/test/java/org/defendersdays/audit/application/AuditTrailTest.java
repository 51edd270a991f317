package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.audit.AuditTestSupport.entry;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.audit.domain.ChainVerdict;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.testing.AnotherPlatformInstance;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The platform's audit trail on PostgreSQL: transactions, and many writers at once. */
@PlatformTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    VerifyAuditChainUseCase verification;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationContext context;

    private int entriesWith(String action) {
        return jdbc.queryForObject("SELECT count(*) FROM audit.entry WHERE action = ?", Integer.class, action);
    }

    @Test
    void theAuditModuleProvidesThePlatformsOnlyAuditTrail() {
        assertThat(context.getBeansOfType(AuditTrail.class)).containsOnlyKeys("auditTrail");
    }

    @Test
    void anEntryRecordedInATransactionThatRollsBackIsGoneWithIt() {
        String action = uniqueAction("rolledback");

        transaction.executeWithoutResult(status -> {
            trail.record(entry(action, "r1"));
            status.setRollbackOnly();
        });

        assertThat(entriesWith(action)).isZero();
        assertThat(verification.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void anEntryRecordedInATransactionThatCommitsIsKept() {
        String action = uniqueAction("committed");

        transaction.executeWithoutResult(status -> trail.record(entry(action, "r1")));

        assertThat(entriesWith(action)).isEqualTo(1);
    }

    /** A refused sign-in, say, changes nothing and runs in no transaction; its entry is still kept. */
    @Test
    void anEntryRecordedOutsideATransactionIsKept() {
        String action = uniqueAction("standalone");

        trail.record(entry(action, "r1"));

        assertThat(entriesWith(action)).isEqualTo(1);
    }

    /**
     * Eight writers on two instances of the platform (as two servers would run it) share no Java
     * lock: only PostgreSQL's lock on the chain head keeps the chain from forking.
     */
    @Test
    void eightWritersOnTwoInstancesAppendFourHundredEntriesToOneUnbrokenChain() throws Exception {
        String action = uniqueAction("concurrent");
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try (ConfigurableApplicationContext otherInstance = AnotherPlatformInstance.start()) {
            List<AuditTrail> trails = List.of(trail, otherInstance.getBean(AuditTrail.class));
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 8; writer++) {
                AuditTrail writersTrail = trails.get(writer % 2);
                String targetId = "writer-" + writer;
                done.add(writers.submit(() -> {
                    start.await();
                    for (int i = 0; i < 50; i++) {
                        writersTrail.record(entry(action, targetId));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : done) {
                writer.get(120, TimeUnit.SECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        assertThat(entriesWith(action)).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT sequence) FROM audit.entry", Integer.class))
                .as("duplicate sequence numbers").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) - count(DISTINCT previous_hash) FROM audit.entry",
                Integer.class)).as("entries claiming the same predecessor (a fork)").isZero();
        assertThat(jdbc.queryForObject("SELECT max(sequence) - count(*) FROM audit.entry", Integer.class))
                .as("gaps in the sequence").isZero();
        assertThat(verification.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }
}
