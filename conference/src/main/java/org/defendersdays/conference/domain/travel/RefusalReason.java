package org.defendersdays.conference.domain.travel;

/** Why a request was turned down: a code the participant reads in their own language. */
public enum RefusalReason {
    /** Something is missing or unreadable in the details. */
    DETAILS_INCOMPLETE,
    /** The passport does not allow the journey (expired, damaged, not matching). */
    PASSPORT_NOT_VALID,
    /** The organisers cannot support this request (for example, the budget is spent). */
    NO_BUDGET,
    /** Not something the organisers provide for this edition. */
    NOT_OFFERED
}
