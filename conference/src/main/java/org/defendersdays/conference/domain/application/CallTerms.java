package org.defendersdays.conference.domain.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.ValueObject;

/**
 * When a call is open and what it offers: the number of places, how many days an accepted person
 * has to confirm, whether applicants are asked their gender, and an introduction.
 */
public record CallTerms(Instant opensAt, Instant closesAt, int places, int confirmationDays, boolean asksGender,
        Optional<String> introduction) implements ValueObject {

    public static final int MAX_PLACES = 2000;
    public static final int INTRODUCTION_MAX = 4000;

    public CallTerms {
        if (opensAt == null) {
            throw new ApplicationRuleViolation("opensAt", "application.call.opensAt.required");
        }
        if (closesAt == null) {
            throw new ApplicationRuleViolation("closesAt", "application.call.closesAt.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw new ApplicationRuleViolation("closesAt", "application.call.closesAt.beforeOpening");
        }
        if (places < 1 || places > MAX_PLACES) {
            throw new ApplicationRuleViolation("places", "application.call.places.outOfRange");
        }
        if (confirmationDays < 1 || confirmationDays > 90) {
            throw new ApplicationRuleViolation("confirmationDays", "application.call.confirmationDays.outOfRange");
        }
        introduction = ApplicationText.optional("introduction",
                Objects.requireNonNullElse(introduction, Optional.<String>empty()).orElse(null), INTRODUCTION_MAX,
                true);
    }

    public CallPhase phaseAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return CallPhase.NOT_YET_OPEN;
        }
        return now.isBefore(closesAt) ? CallPhase.OPEN : CallPhase.CLOSED;
    }
}
