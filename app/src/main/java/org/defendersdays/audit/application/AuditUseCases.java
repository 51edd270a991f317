package org.defendersdays.audit.application;

import java.time.Clock;

import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.in.VerifyAuditChainUseCase;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.application.port.out.AuditSearch;
import org.defendersdays.sharedkernel.audit.AuditTrail;

/**
 * Builds the audit log's use cases for the module's configuration. Each comes out as its interface:
 * the services stay package-private, so nothing can depend on a concrete class.
 */
public final class AuditUseCases {

    private AuditUseCases() {
    }

    /** The platform's audit trail; {@code clock} stamps the entries. */
    public static AuditTrail auditTrail(AuditChain chain, Clock clock) {
        return new ChainedAuditTrail(chain, clock);
    }

    public static VerifyAuditChainUseCase chainVerification(AuditChain chain) {
        return new AuditChainVerification(chain);
    }

    public static BrowseAuditLogUseCase logBrowsing(AuditSearch search) {
        return new AuditLogBrowsing(search);
    }
}
