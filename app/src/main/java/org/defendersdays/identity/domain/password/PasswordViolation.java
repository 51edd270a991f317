package org.defendersdays.identity.domain.password;

/**
 * Why a new password is refused. Each carries a message key, so a page can tell the person in
 * their own language; there are no composition rules (capitals, digits, symbols), as ASVS and
 * NIST SP 800-63B advise.
 */
public enum PasswordViolation {

    TOO_SHORT("identity.password.tooShort"),
    TOO_LONG("identity.password.tooLong"),
    /** On the list of commonly used (breached) passwords. */
    COMMONLY_USED("identity.password.breached"),
    /** Contains the person's email name or display name. */
    CONTAINS_PERSONAL_DETAILS("identity.password.containsPersonalInfo"),
    /** Contains a word an attacker would try first against this service, such as its name. */
    CONTAINS_SERVICE_NAME("identity.password.containsServiceName"),
    /** A short run repeated ("abcabcabcabc") or a straight sequence ("abcdefghijkl", "123456789012"). */
    REPETITIVE_OR_SEQUENTIAL("identity.password.repetitiveOrSequential");

    private final String messageKey;

    PasswordViolation(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
