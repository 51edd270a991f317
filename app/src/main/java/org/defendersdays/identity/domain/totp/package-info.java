/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: HMAC-SHA-1, six
 * digits, 30-second steps. The secret, the time steps a code may belong to, and the
 * {@code otpauth://} URI an app scans. Plain Java, deliberately without a hexagonal stereotype.
 */
package org.defendersdays.identity.domain.totp;
