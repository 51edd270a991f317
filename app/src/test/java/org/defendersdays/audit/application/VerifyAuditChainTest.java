package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.audit.AuditTestSupport.entry;
import static org.defendersdays.audit.AuditTestSupport.sequenceOf;
import static org.defendersdays.audit.AuditTestSupport.tamper;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;

import java.util.Map;
import java.util.Optional;

import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainVerdict;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verification on the real database, against the tampering a database superuser could do. Every
 * test puts the row back as it was, so the shared test chain is intact again afterwards.
 */
@PlatformTest
class VerifyAuditChainTest {

    @Autowired
    VerifyAuditChainUseCase verification;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    /** Records three entries and answers the middle one's sequence number. */
    private long middleOfThreeNewEntries() {
        String action = uniqueAction("verify");
        trail.record(entry(action + ".before", "r1"));
        trail.record(entry(action, "r2"));
        trail.record(entry(action + ".after", "r3"));
        return sequenceOf(jdbc, action);
    }

    @Test
    void anIntactChainVerifiesWithItsLength() {
        middleOfThreeNewEntries();
        long length = jdbc.queryForObject("SELECT count(*) FROM audit.entry", Long.class);

        ChainVerdict verdict = verification.verify();

        assertThat(verdict).isInstanceOfSatisfying(ChainVerdict.Intact.class, intact -> {
            assertThat(intact.entries()).isEqualTo(length);
            assertThat(intact.head()).isEqualTo(chain.head().hash());
        });
    }

    @Test
    void aChangedEntryIsFoundAtItsSequenceNumber() {
        long target = middleOfThreeNewEntries();
        String original = jdbc.queryForObject("SELECT target_id FROM audit.entry WHERE sequence = ?", String.class,
                target);
        try {
            tamper(jdbc, transaction, "UPDATE audit.entry SET target_id = 'someone-else' WHERE sequence = ?", target);

            assertThat(verification.verify()).isEqualTo(new ChainVerdict.Broken(target, ChainVerdict.Reason.ALTERED));
        } finally {
            tamper(jdbc, transaction, "UPDATE audit.entry SET target_id = ? WHERE sequence = ?", original, target);
        }
        assertThat(verification.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void aChangedEntryWhoseHashWasRecomputedIsFoundAtTheNextEntry() {
        long target = middleOfThreeNewEntries();
        AuditRecord original = chain.recordsAfter(target - 1, 1).get(0);
        AuditRecord forged = new AuditRecord(original.sequence(), original.time(), original.actor(),
                original.action(), original.targetType(), original.targetId(), original.outcome(),
                Optional.of("forged"), original.previousHash(), original.hash());
        try {
            tamper(jdbc, transaction, "UPDATE audit.entry SET detail = 'forged', hash = ? WHERE sequence = ?",
                    forged.contentHash().hex(), target);

            assertThat(verification.verify())
                    .isEqualTo(new ChainVerdict.Broken(target + 1, ChainVerdict.Reason.UNLINKED));
        } finally {
            tamper(jdbc, transaction, "UPDATE audit.entry SET detail = NULL, hash = ? WHERE sequence = ?",
                    original.hash().hex(), target);
        }
        assertThat(verification.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }

    @Test
    void aRemovedEntryIsFoundByItsMissingNumber() {
        long target = middleOfThreeNewEntries();
        Map<String, Object> removed = jdbc.queryForMap("SELECT * FROM audit.entry WHERE sequence = ?", target);
        try {
            tamper(jdbc, transaction, "DELETE FROM audit.entry WHERE sequence = ?", target);

            assertThat(verification.verify()).isEqualTo(new ChainVerdict.Broken(target, ChainVerdict.Reason.MISSING));
        } finally {
            jdbc.update("INSERT INTO audit.entry (sequence, recorded_at, actor_id, action, target_type, target_id, "
                    + "outcome, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    removed.get("sequence"), removed.get("recorded_at"), removed.get("actor_id"),
                    removed.get("action"), removed.get("target_type"), removed.get("target_id"),
                    removed.get("outcome"), removed.get("detail"), removed.get("previous_hash"), removed.get("hash"));
        }
        assertThat(verification.verify()).isInstanceOf(ChainVerdict.Intact.class);
    }
}
