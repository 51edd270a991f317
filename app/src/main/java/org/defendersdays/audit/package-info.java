/**
 * The platform's audit log: who did what to which record, and when, for every module that writes to
 * the shared kernel's {@code AuditTrail}. Append-only (enforced by PostgreSQL) and hash-chained, so
 * a changed, removed or inserted entry is found by the chain verification. Entries hold codes and
 * identifiers only. Platform admins browse it and run the verification in the back office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.defendersdays.audit;
