package org.defendersdays.audit.application;

import java.util.List;
import java.util.Objects;

import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.audit.domain.ChainHead;
import org.defendersdays.audit.domain.ChainVerdict;
import org.defendersdays.audit.domain.ChainWalk;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole chain in pages, so memory stays flat however long the log grows. One read-only
 * REPEATABLE READ transaction gives the head and every page from the same snapshot: records appended
 * meanwhile are neither half-seen nor mistaken for records past a rewritten head.
 */
class AuditChainVerification implements VerifyAuditChainUseCase {

    static final int WALK_PAGE = 500;

    private final AuditChain chain;

    AuditChainVerification(AuditChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerdict verify() {
        ChainHead recordedHead = chain.head();
        ChainWalk walk = new ChainWalk();
        long after = 0;
        List<AuditRecord> page;
        do {
            page = chain.recordsAfter(after, WALK_PAGE);
            for (AuditRecord record : page) {
                if (!walk.step(record)) {
                    return walk.end(recordedHead);
                }
                after = record.sequence();
            }
        } while (page.size() == WALK_PAGE);
        return walk.end(recordedHead);
    }
}
