/**
 * Passwords: their canonical form (NFKC) and the policy a new one must meet. Plain Java,
 * deliberately without a hexagonal stereotype.
 */
package org.defendersdays.identity.domain.password;
