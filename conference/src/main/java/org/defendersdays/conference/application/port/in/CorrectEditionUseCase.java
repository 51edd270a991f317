package org.defendersdays.conference.application.port.in;

/** Organisers correct an edition's facts (dates, place, theme, figures, topics), whatever its status. */
public interface CorrectEditionUseCase {

    /**
     * @throws UnknownEdition if there is no such edition
     * @throws org.defendersdays.conference.domain.EditionRuleViolation if the corrected facts break a rule
     */
    void correct(CorrectEditionCommand command);
}
