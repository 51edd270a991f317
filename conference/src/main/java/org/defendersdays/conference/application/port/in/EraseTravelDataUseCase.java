package org.defendersdays.conference.application.port.in;

import java.time.LocalDate;

/**
 * Erases the sealed passport details and travel contact details of every edition that ended more
 * than the grace period before {@code today}; records that it did (counts only). Idempotent, and
 * safe when several instances run it at the same time.
 */
public interface EraseTravelDataUseCase {

    TravelDataErased eraseAfterConferences(LocalDate today);
}
