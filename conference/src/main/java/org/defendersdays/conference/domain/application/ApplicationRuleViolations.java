package org.defendersdays.conference.domain.application;

import java.util.Map;

/** Several rules were broken at once; by form field, the message key of each. */
public class ApplicationRuleViolations extends ApplicationRuleViolation {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, String> byField;

    public ApplicationRuleViolations(Map<String, String> byField) {
        super(byField.keySet().iterator().next(), byField.values().iterator().next());
        this.byField = Map.copyOf(byField);
    }

    @Override
    public Map<String, String> byField() {
        return byField;
    }
}
