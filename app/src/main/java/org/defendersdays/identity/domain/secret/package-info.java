/**
 * What every secret a person holds has in common: the form in which it is hashed, and the hash
 * that is stored instead of it. Plain Java, deliberately without a hexagonal stereotype.
 */
package org.defendersdays.identity.domain.secret;
