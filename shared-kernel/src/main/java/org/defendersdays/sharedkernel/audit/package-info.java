/**
 * The audit trail every module writes to: who did what to which record, and when. Entries never
 * hold the sensitive values themselves (no names, emails, passwords, risk details), only codes
 * and identifiers.
 */
package org.defendersdays.sharedkernel.audit;
