package org.defendersdays.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class ChainWalkTest {

    static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        ChainHead head = ChainHead.EMPTY;
        for (int i = 0; i < length; i++) {
            AuditRecord record = head.append(AuditEntry.success(PersonId.generate(), "community.group.opened", "group",
                    "g" + i), Instant.parse("2026-11-23T10:00:00Z").plusSeconds(i));
            records.add(record);
            head = ChainHead.of(record);
        }
        return records;
    }

    static ChainVerdict walk(List<AuditRecord> records, ChainHead recordedHead) {
        ChainWalk walk = new ChainWalk();
        for (AuditRecord record : records) {
            if (!walk.step(record)) {
                break;
            }
        }
        return walk.end(recordedHead);
    }

    static AuditRecord withDetail(AuditRecord record, String detail) {
        return new AuditRecord(record.sequence(), record.time(), record.actor(), record.action(), record.targetType(),
                record.targetId(), record.outcome(), Optional.of(detail), record.previousHash(), record.hash());
    }

    @Test
    void anUntouchedChainIsIntactWithItsCountAndHead() {
        List<AuditRecord> records = chain(5);
        ChainHead head = ChainHead.of(records.get(4));

        assertThat(walk(records, head)).isEqualTo(new ChainVerdict.Intact(5, head.hash()));
    }

    @Test
    void anEmptyChainIsIntact() {
        assertThat(walk(List.of(), ChainHead.EMPTY)).isEqualTo(new ChainVerdict.Intact(0, ChainHash.GENESIS));
    }

    @Test
    void aChangedRecordIsCaughtWhereItIs() {
        List<AuditRecord> records = chain(5);
        ChainHead head = ChainHead.of(records.get(4));
        records.set(2, withDetail(records.get(2), "forged"));

        assertThat(walk(records, head)).isEqualTo(new ChainVerdict.Broken(3, ChainVerdict.Reason.ALTERED));
    }

    @Test
    void aChangedRecordWithARecomputedHashIsCaughtAtTheNextRecord() {
        List<AuditRecord> records = chain(5);
        ChainHead head = ChainHead.of(records.get(4));
        AuditRecord forged = withDetail(records.get(2), "forged");
        records.set(2, new AuditRecord(forged.sequence(), forged.time(), forged.actor(), forged.action(),
                forged.targetType(), forged.targetId(), forged.outcome(), forged.detail(), forged.previousHash(),
                forged.contentHash()));

        assertThat(walk(records, head)).isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Reason.UNLINKED));
    }

    @Test
    void aRemovedRecordIsCaughtByItsNumber() {
        List<AuditRecord> records = chain(5);
        ChainHead head = ChainHead.of(records.get(4));
        records.remove(1);

        assertThat(walk(records, head)).isEqualTo(new ChainVerdict.Broken(2, ChainVerdict.Reason.MISSING));
    }

    @Test
    void removedLastRecordsAreCaughtByTheRecordedHead() {
        List<AuditRecord> records = chain(5);
        ChainHead head = ChainHead.of(records.get(4));

        assertThat(walk(records.subList(0, 3), head)).isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Reason.MISSING));
    }

    @Test
    void aRewrittenEndIsCaughtByTheRecordedHead() {
        List<AuditRecord> records = chain(5);

        assertThat(walk(records, new ChainHead(5, new ChainHash("1".repeat(64)))))
                .isEqualTo(new ChainVerdict.Broken(5, ChainVerdict.Reason.HEAD_MISMATCH));
        assertThat(walk(records, ChainHead.of(records.get(2))))
                .isEqualTo(new ChainVerdict.Broken(4, ChainVerdict.Reason.HEAD_MISMATCH));
    }

    @Test
    void aRecordThatDoesNotBelongToThisChainIsCaught() {
        List<AuditRecord> records = chain(3);
        AuditRecord stranger = chain(3).get(1);
        records.set(1, stranger);

        assertThat(walk(records, ChainHead.of(records.get(2))))
                .isEqualTo(new ChainVerdict.Broken(2, ChainVerdict.Reason.UNLINKED));
    }

    @Test
    void aStoredRecordWithCodesNoEntryWouldAcceptCanStillBeWalked() {
        AuditRecord first = chain(1).get(0);
        AuditRecord smuggled = new AuditRecord(1, first.time(), first.actor(), "Free text, a name!", "group",
                Optional.empty(), Outcome.SUCCESS, Optional.empty(), first.previousHash(), first.hash());

        assertThat(walk(List.of(smuggled), ChainHead.of(first)))
                .isEqualTo(new ChainVerdict.Broken(1, ChainVerdict.Reason.ALTERED));
    }
}
