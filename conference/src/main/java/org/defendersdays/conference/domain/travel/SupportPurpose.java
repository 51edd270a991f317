package org.defendersdays.conference.domain.travel;

/** What travel support is asked for. */
public enum SupportPurpose {
    TRAVEL, ACCOMMODATION, VISA_FEES
}
