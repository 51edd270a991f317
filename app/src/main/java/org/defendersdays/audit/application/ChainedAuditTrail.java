package org.defendersdays.audit.application;

import java.time.Clock;
import java.util.Objects;

import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.ChainHead;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records entries at the end of the hash chain: lock the head in the database, seal the entry with
 * the head's hash, store it as the new head.
 *
 * <p>{@link Propagation#REQUIRED}: inside a caller's transaction the entry joins it, so an action
 * that rolls back leaves no entry and one that commits keeps its entry (the {@link AuditTrail}
 * contract). A caller without a transaction, such as a refused sign-in that changes nothing, gets
 * one for the entry alone. {@code MANDATORY} would turn exactly those entries into errors.
 *
 * <p>The head stays locked until the caller's transaction ends, so other appends wait for it:
 * record as late in a transaction as the action allows. Under REPEATABLE READ or SERIALIZABLE a
 * concurrent append makes this one fail with a serialization error; the chain never forks.
 */
@Transactional(propagation = Propagation.REQUIRED)
class ChainedAuditTrail implements AuditTrail {

    private final AuditChain chain;
    private final Clock clock;

    ChainedAuditTrail(AuditChain chain, Clock clock) {
        this.chain = Objects.requireNonNull(chain, "chain");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void record(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        ChainHead head = chain.lockHead();
        chain.append(head.append(entry, clock.instant()));
    }
}
