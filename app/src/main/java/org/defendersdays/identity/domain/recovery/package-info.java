/**
 * Recovery codes: single-use secrets a person keeps on paper to get in when the phone with their
 * authenticator app is lost. Plain Java, deliberately without a hexagonal stereotype.
 */
package org.defendersdays.identity.domain.recovery;
