package org.defendersdays.identity.application.port.out;

import org.defendersdays.identity.domain.password.Password;

/** The list of commonly used passwords, shipped with the app (no lookup leaves the server). */
public interface CommonPasswords {

    /** Whether the password is on the list, whatever its case. */
    boolean contains(Password password);
}
