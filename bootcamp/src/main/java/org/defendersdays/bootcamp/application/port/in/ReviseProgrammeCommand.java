package org.defendersdays.bootcamp.application.port.in;

import java.util.Objects;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;

/** Replace a programme's outline with a revised one. Its slug never changes. */
public record ReviseProgrammeCommand(ProgrammeId programme, ProgrammeOutline outline) {

    public ReviseProgrammeCommand {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(outline, "outline");
    }
}
