package org.defendersdays.identity.application.port.out;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Encrypts secrets that must be read back (a TOTP key) with a key kept outside the database. A
 * sealed secret is bound to its owner: opened for anyone else, it fails.
 */
public interface SecretSealing {

    byte[] seal(byte[] secret, PersonId owner);

    /**
     * @throws IllegalStateException if the sealed bytes were altered, belong to someone else, or
     *         were sealed with a key this installation does not have
     */
    byte[] open(byte[] sealed, PersonId owner);
}
