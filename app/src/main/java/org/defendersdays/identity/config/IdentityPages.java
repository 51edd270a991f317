package org.defendersdays.identity.config;

/** Identity's own addresses and who may reach them (identity is app-owned, so it says so here). */
final class IdentityPages {

    /** Pages anyone may read: signing in, registering, verifying an address, resetting a password. */
    static final String[] OPEN = { "/login", "/register", "/register/check-mail", "/verify-email",
        "/password-reset", "/password-reset/sent", "/password-reset/new", "/invitation" };

    /** Forms anyone may send (CSRF-protected like every form). */
    static final String[] OPEN_FORMS = { "/login", "/register", "/verify-email", "/password-reset",
        "/password-reset/new", "/invitation", "/login/passkey/options", "/login/passkey" };

    /** The second step of signing in, for people who have passed the password only. */
    static final String[] SECOND_STEP = { "/login/second-factor" };

    /**
     * Adding and removing passkeys: only in a session that passed a second factor, so a stolen
     * password can never add a way in.
     */
    static final String[] PASSKEY_CHANGES = { "/account/passkeys/options", "/account/passkeys",
        "/account/passkeys/remove" };

    /** A signed-in member's own pages. */
    static final String[] MEMBERS = { "/account", "/account/**", "/logout" };

    private IdentityPages() {
    }
}
