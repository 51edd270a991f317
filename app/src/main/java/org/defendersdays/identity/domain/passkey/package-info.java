/**
 * Passkeys (WebAuthn credentials) as the account sees them: which one, and the person's own name
 * for it. The ceremonies themselves (challenges, signatures) are Spring Security's and WebAuthn4J's
 * business, in the adapters. Plain Java, deliberately without a hexagonal stereotype.
 */
package org.defendersdays.identity.domain.passkey;
