package org.defendersdays.audit.domain;

/**
 * A filter criterion that cannot be searched for. The message is a message key, so the page can say
 * why in the reader's language next to the field it names.
 */
public class InvalidAuditFilter extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidAuditFilter(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    /** The criterion at fault, as the filter names it ({@code action}, {@code until}, ...). */
    public String field() {
        return field;
    }

    public String messageKey() {
        return getMessage();
    }
}
