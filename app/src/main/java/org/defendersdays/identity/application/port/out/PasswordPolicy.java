package org.defendersdays.identity.application.port.out;

import java.util.List;

/** Judges a new password; returns the broken rules as message keys, empty if it is acceptable. */
public interface PasswordPolicy {

    List<String> violations(String password, String emailLocalPart, String displayName);
}
