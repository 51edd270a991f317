package org.defendersdays.identity.application.port.in;

import java.util.List;

/** The chosen password breaks the policy; the reasons are message keys. */
public class PasswordRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public PasswordRejected(List<String> reasons) {
        super("password rejected: " + reasons);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
