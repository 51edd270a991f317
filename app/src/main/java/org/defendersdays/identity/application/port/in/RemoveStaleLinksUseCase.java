package org.defendersdays.identity.application.port.in;

/**
 * Housekeeping: removes one-time links (email verification, password reset) and invitations that
 * can never work again, once a grace period has passed since they expired or were used. They hold
 * addresses or point at accounts, so they are not kept longer than needed.
 */
public interface RemoveStaleLinksUseCase {

    StaleLinksRemoved removeStaleLinks();

    /** How many rows went: numbers only, fit for a log. */
    record StaleLinksRemoved(int oneTimeTokens, int invitations) {
    }
}
