package org.defendersdays.audit.application.port.in;

import org.defendersdays.audit.domain.ChainVerdict;

/**
 * A platform admin checks that no audit record was changed, removed or slipped in since it was
 * written: every record is walked in order and its hashes recomputed.
 */
public interface VerifyAuditChainUseCase {

    /** Intact with the number of records checked, or broken at the first sequence number that fails. */
    ChainVerdict verify();
}
