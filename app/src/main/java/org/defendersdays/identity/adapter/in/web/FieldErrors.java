package org.defendersdays.identity.adapter.in.web;

import org.defendersdays.identity.application.port.in.PasswordRejected;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.springframework.validation.BindingResult;

/** Puts the domain's reasons (message keys) next to the field they concern. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void reject(BindingResult result, String field, IdentityRuleViolation violation) {
        result.rejectValue(field, violation.messageKey());
    }

    static void reject(BindingResult result, String field, PasswordRejected rejected) {
        rejected.reasons().forEach(reason -> result.rejectValue(field, reason));
    }
}
