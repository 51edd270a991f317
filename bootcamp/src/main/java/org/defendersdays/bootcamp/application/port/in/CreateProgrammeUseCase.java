package org.defendersdays.bootcamp.application.port.in;

import org.defendersdays.bootcamp.domain.ProgrammeId;

/** Trainers create a programme; it stays a draft, out of the catalogue, until published. */
public interface CreateProgrammeUseCase {

    /**
     * @throws ProgrammeSlugTaken if another programme already has the slug
     */
    ProgrammeId create(CreateProgrammeCommand command);
}
