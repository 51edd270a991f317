package org.defendersdays.bootcamp.application.port.in;

/** Trainers revise what a programme teaches and how, whatever its status. */
public interface ReviseProgrammeUseCase {

    /**
     * @throws UnknownProgramme if there is no such programme
     */
    void revise(ReviseProgrammeCommand command);
}
