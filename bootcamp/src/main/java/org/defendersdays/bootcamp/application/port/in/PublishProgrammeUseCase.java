package org.defendersdays.bootcamp.application.port.in;

import org.defendersdays.bootcamp.domain.ProgrammeId;

/** Trainers publish a programme into the public catalogue; publishing it again changes nothing. */
public interface PublishProgrammeUseCase {

    /**
     * @throws UnknownProgramme if there is no such programme
     * @throws org.defendersdays.bootcamp.domain.ProgrammeRuleViolation if the programme is retired
     */
    void publish(ProgrammeId programme);
}
