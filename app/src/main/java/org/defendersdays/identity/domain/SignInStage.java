package org.defendersdays.identity.domain;

/**
 * How far a sign-in has come. A person with a second factor is only half signed in after the
 * password: they reach nothing but the second-factor page until they pass it.
 */
public enum SignInStage {
    /** Password checked; the second factor is still to come. Grants nothing else. */
    AWAITING_SECOND_FACTOR,
    /** Password checked, and the account has no second factor. Not enough for the back office. */
    PASSWORD_ONLY,
    /** Password and second factor checked. */
    WITH_SECOND_FACTOR;

    /** The authority this stage adds to a signed-in person's roles. */
    public String authority() {
        return "STAGE_" + name();
    }
}
