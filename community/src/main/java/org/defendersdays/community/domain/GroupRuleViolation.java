package org.defendersdays.community.domain;

/**
 * A group rule was broken. The message is a message key, so adapters can tell the user why in
 * their own language without the domain knowing about languages.
 */
public class GroupRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GroupRuleViolation(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
