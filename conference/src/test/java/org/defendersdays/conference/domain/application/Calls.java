package org.defendersdays.conference.domain.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;

/** Calls for the domain tests: one open from {@link #OPENS} to {@link #CLOSES}. */
final class Calls {

    static final Instant OPENS = Instant.parse("2030-03-01T08:00:00Z");
    static final Instant CLOSES = Instant.parse("2030-05-01T21:59:00Z");
    static final Instant DURING = Instant.parse("2030-04-01T12:00:00Z");

    private Calls() {
    }

    static CallTerms terms(boolean asksGender) {
        return new CallTerms(OPENS, CLOSES, 100, 14, asksGender, Optional.of("Welcome."));
    }

    static CallForApplications call(CallQuestion... questions) {
        return CallForApplications.open(CallId.generate(), EditionId.generate(), terms(false), List.of(questions),
                List.of(), List.of());
    }
}
