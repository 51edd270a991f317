package org.defendersdays.audit.adapter.in.web;

import org.defendersdays.audit.domain.ChainVerdict;

/**
 * The verification's result as the page shows it.
 *
 * @param entries how many entries were checked, when intact
 * @param headHash the last entry's hash, when intact
 * @param brokenAt the first sequence number where the chain breaks, when broken
 * @param reason why it breaks there ({@link ChainVerdict.Reason} name), when broken
 */
record VerdictView(boolean intact, long entries, String headHash, long brokenAt, String reason) {

    static VerdictView of(ChainVerdict verdict) {
        if (verdict instanceof ChainVerdict.Intact intact) {
            return new VerdictView(true, intact.entries(), intact.head().hex(), 0, null);
        }
        ChainVerdict.Broken broken = (ChainVerdict.Broken) verdict;
        return new VerdictView(false, 0, null, broken.sequence(), broken.reason().name());
    }
}
