package org.defendersdays.identity.config;

/** Identity's own addresses and who may reach them (identity is app-owned, so it says so here). */
final class IdentityPages {

    /** Pages anyone may read: signing in, registering, verifying an address, resetting a password. */
    static final String[] OPEN = { "/login", "/register", "/register/check-mail", "/verify-email",
        "/password-reset", "/password-reset/sent", "/password-reset/new", "/invitation" };

    /** Forms anyone may send (CSRF-protected like every form). */
    static final String[] OPEN_FORMS = { "/login", "/register", "/verify-email", "/password-reset",
        "/password-reset/new", "/invitation" };

    /** The second step of signing in, for people who have passed the password only. */
    static final String[] SECOND_STEP = { "/login/second-factor" };

    /** A signed-in member's own pages. */
    static final String[] MEMBERS = { "/account", "/account/**", "/logout" };

    private IdentityPages() {
    }
}
