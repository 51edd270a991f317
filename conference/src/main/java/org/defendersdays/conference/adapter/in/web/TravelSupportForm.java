package org.defendersdays.conference.adapter.in.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelContact;
import org.defendersdays.conference.domain.travel.TravelRuleViolation;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;

/** The travel support form as typed: amount, currency, what for, and the contact details while travelling. */
record TravelSupportForm(String amount, String currency, List<String> purposes, String phone,
        String emergencyContact) {

    TravelSupportForm {
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    static TravelSupportForm blank() {
        return new TravelSupportForm("", "EUR", List.of(), "", "");
    }

    /** The stored request, for a change: contact details are not shown back and must be entered again. */
    static TravelSupportForm of(TravelSupportRequest request) {
        return new TravelSupportForm(request.requested().amount().toPlainString(),
                request.requested().currency().name(),
                request.purposes().stream().map(Enum::name).sorted().toList(), "", "");
    }

    boolean has(String purpose) {
        return purposes.contains(purpose);
    }

    record Reading(Optional<SupportAmount> amount, Set<SupportPurpose> purposes, Optional<TravelContact> contact,
            Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SupportAmount> money = amount(amount, currency, "amount", errors);
        Set<SupportPurpose> chosen = EnumSet.noneOf(SupportPurpose.class);
        for (String purpose : purposes) {
            try {
                chosen.add(SupportPurpose.valueOf(purpose));
            } catch (IllegalArgumentException unknown) {
                errors.put("purposes", "travel.error.purposes.required");
            }
        }
        if (chosen.isEmpty()) {
            errors.put("purposes", "travel.error.purposes.required");
        }
        Optional<TravelContact> contact = Optional.empty();
        try {
            contact = Optional.of(new TravelContact(phone, emergencyContact));
        } catch (TravelRuleViolation violation) {
            errors.put(violation.field(), violation.messageKey());
            if (!"emergencyContact".equals(violation.field())) {
                try {
                    new TravelContact("+10000000", emergencyContact);
                } catch (TravelRuleViolation second) {
                    errors.put(second.field(), second.messageKey());
                }
            }
        }
        return new Reading(money, chosen, contact, errors);
    }

    /** An amount typed with a dot or a comma as decimal mark, in a known currency. */
    static Optional<SupportAmount> amount(String typed, String currency, String field, Map<String, String> errors) {
        SupportCurrency unit;
        try {
            unit = SupportCurrency.valueOf(currency == null ? "" : currency);
        } catch (IllegalArgumentException unknown) {
            errors.put("currency", "travel.error.currency");
            return Optional.empty();
        }
        if (typed == null || typed.isBlank()) {
            errors.put(field, "travel.error.required");
            return Optional.empty();
        }
        String plain = typed.strip().replace(" ", "").replace(',', '.');
        if (plain.length() > 15 || !plain.matches("[0-9]+(\\.[0-9]+)?")) {
            errors.put(field, "travel.error.amount.format");
            return Optional.empty();
        }
        try {
            return Optional.of(new SupportAmount(new BigDecimal(plain), unit));
        } catch (TravelRuleViolation violation) {
            errors.put(field, violation.messageKey());
            return Optional.empty();
        }
    }
}
