package org.defendersdays.identity.application.port.out;

/**
 * Allowances of sign-in attempts that refill over time, one per key. Keys are opaque hashes, never
 * an address or an email.
 */
public interface AttemptAllowances {

    /** What an allowance limits; each kind has its own size and refill rate. */
    enum Kind {
        ACCOUNT, CLIENT_ADDRESS
    }

    /** Takes one attempt; false (and nothing taken) if the allowance is used up. */
    boolean tryTake(Kind kind, String key);

    /** Returns one attempt taken earlier (never beyond the allowance's size). */
    void giveBack(Kind kind, String key);

    /** Makes the allowance whole again. */
    void restore(Kind kind, String key);
}
