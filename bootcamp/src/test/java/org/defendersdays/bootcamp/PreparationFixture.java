package org.defendersdays.bootcamp;

import java.util.List;
import java.util.UUID;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;

/** Published programmes with slugs of their own, for tests of the conference preparation. */
public final class PreparationFixture {

    private PreparationFixture() {
    }

    public record Created(ProgrammeId id, String slug, String title) {
    }

    public static Created published(CreateProgrammeUseCase create, PublishProgrammeUseCase publish, String title) {
        String slug = "prep-" + UUID.randomUUID().toString().substring(0, 8);
        ProgrammeId id = create.create(new CreateProgrammeCommand(new ProgrammeSlug(slug), new ProgrammeOutline(title,
                "Getting ready for the conference, safely.", DeliveryFormat.LIVE_ONLINE, 2,
                List.of(new Language("en")), List.of())));
        publish.publish(id);
        return new Created(id, slug, title);
    }
}
