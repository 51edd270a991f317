package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.travel.TravelRuleViolation;

/** A form broke one or more rules; nothing was stored. Each violation names its field and a message key. */
public class TravelFormRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<TravelRuleViolation> violations;

    public TravelFormRejected(List<TravelRuleViolation> violations) {
        super("the form broke " + violations.size() + " rules");
        this.violations = List.copyOf(violations);
    }

    public List<TravelRuleViolation> violations() {
        return violations;
    }
}
