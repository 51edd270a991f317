package org.defendersdays.bootcamp.application.port.in;

import java.util.Objects;

import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;

/**
 * Create a programme under a slug, with its outline. Both parts check their own rules when built,
 * so a command that exists is a valid one.
 */
public record CreateProgrammeCommand(ProgrammeSlug slug, ProgrammeOutline outline) {

    public CreateProgrammeCommand {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(outline, "outline");
    }
}
