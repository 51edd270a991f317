package org.defendersdays.bootcamp.application.port.in;

import org.defendersdays.bootcamp.domain.ProgrammeId;

/** Trainers take a programme out of the catalogue for good; retiring it again changes nothing. */
public interface RetireProgrammeUseCase {

    /**
     * @throws UnknownProgramme if there is no such programme
     */
    void retire(ProgrammeId programme);
}
