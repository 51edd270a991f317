package org.defendersdays.bootcamp.application.port.in;

import java.util.Optional;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A bootcamp admin marks a programme as the pre-conference preparation for a conference edition
 * (by its year), or unmarks it. People the conference accepts to that edition are offered it.
 */
public interface PrepareForConferenceUseCase {

    /** The year of the edition the programme prepares for, if any. */
    Optional<Integer> preparesFor(ProgrammeId programme);

    /**
     * @throws UnknownProgramme if there is no such programme
     * @throws org.defendersdays.bootcamp.domain.ProgrammeRuleViolation if the year is out of range,
     *         or another programme already prepares for it
     */
    void prepareFor(ProgrammeId programme, Optional<Integer> editionYear, PersonId admin);
}
