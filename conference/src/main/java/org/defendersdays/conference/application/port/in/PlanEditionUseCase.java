package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;

/** Organisers plan an edition; it stays a draft until announced. */
public interface PlanEditionUseCase {

    /**
     * @throws EditionYearTaken if the year already has an edition
     */
    EditionId plan(PlanEditionCommand command);
}
