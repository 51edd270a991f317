package org.defendersdays.identity.domain;

/** Where an account stands. Only active accounts can sign in. */
public enum AccountStatus {
    /** Registered; the email address is not verified yet, so the account can do nothing. */
    PENDING_VERIFICATION,
    /** Verified and usable. */
    ACTIVE,
    /** Locked by a platform admin; cannot sign in until unlocked. */
    LOCKED
}
