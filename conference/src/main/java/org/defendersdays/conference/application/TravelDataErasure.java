package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.EraseTravelDataUseCase;
import org.defendersdays.conference.application.port.in.TravelDataErased;
import org.defendersdays.conference.application.port.out.TravelSupportRequests;
import org.defendersdays.conference.application.port.out.VisaLetterRequests;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases passport details and travel contact details once an edition is over: every edition whose
 * last day is more than {@code graceDays} before today. Each erasure is one UPDATE that only touches
 * rows still holding data, so running it twice, or on several instances at once, erases each row
 * once and harms nothing. A run that erased something writes one audit entry with the counts.
 */
@Transactional
public class TravelDataErasure implements EraseTravelDataUseCase {

    private final VisaLetterRequests visaLetters;
    private final TravelSupportRequests support;
    private final AuditTrail audit;
    private final int graceDays;
    private final Clock clock;

    public TravelDataErasure(VisaLetterRequests visaLetters, TravelSupportRequests support, AuditTrail audit,
            int graceDays, Clock clock) {
        if (graceDays < 0) {
            throw new IllegalArgumentException("the grace period cannot be negative");
        }
        this.visaLetters = visaLetters;
        this.support = support;
        this.audit = audit;
        this.graceDays = graceDays;
        this.clock = clock;
    }

    @Override
    public TravelDataErased eraseAfterConferences(LocalDate today) {
        LocalDate endedBefore = today.minusDays(graceDays);
        int passports = visaLetters.erasePassportsOfEditionsEndedBefore(endedBefore, clock.instant());
        int contacts = support.eraseContactsOfEditionsEndedBefore(endedBefore, clock.instant());
        if (passports > 0 || contacts > 0) {
            audit.record(new AuditEntry(Optional.empty(), "conference.travelData.erased", "housekeeping",
                    Optional.of(endedBefore.toString()), AuditEntry.Outcome.SUCCESS,
                    Optional.of("passports:" + passports + ".contacts:" + contacts)));
        }
        return new TravelDataErased(passports, contacts);
    }
}
