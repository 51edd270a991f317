package org.defendersdays.conference.domain.travel;

/** The currencies the organisers pay travel support in. */
public enum SupportCurrency {
    EUR, SEK, USD
}
