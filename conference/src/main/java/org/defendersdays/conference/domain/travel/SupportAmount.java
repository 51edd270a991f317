package org.defendersdays.conference.domain.travel;

import java.math.BigDecimal;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/** An amount of money in one of the supported currencies: positive, at most two decimals, below a sane ceiling. */
public record SupportAmount(BigDecimal amount, SupportCurrency currency) implements ValueObject {

    public static final BigDecimal MAX = new BigDecimal("100000");

    public SupportAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() <= 0) {
            throw new TravelRuleViolation("amount", "travel.error.amount.positive");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new TravelRuleViolation("amount", "travel.error.amount.decimals");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new TravelRuleViolation("amount", "travel.error.amount.tooLarge");
        }
        amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** As letters and pages print it: {@code EUR 850.00}. */
    public String formatted() {
        return currency.name() + " " + amount.toPlainString();
    }
}
