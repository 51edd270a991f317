package org.defendersdays.sharedkernel.audit;

/**
 * Records an audit entry. Implemented by the app's audit module (append-only, hash-chained);
 * modules depend on this interface only. Recording joins the caller's transaction, so an action
 * that rolls back leaves no entry, and an entry is never lost for an action that committed.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
