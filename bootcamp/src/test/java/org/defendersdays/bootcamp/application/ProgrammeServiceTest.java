package org.defendersdays.bootcamp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.junit.jupiter.api.Test;

class ProgrammeServiceTest {

    private final InMemoryProgrammes programmes = new InMemoryProgrammes();
    private final ProgrammeService service = new ProgrammeService(programmes);

    private static CreateProgrammeCommand command(String slug, String title) {
        return new CreateProgrammeCommand(new ProgrammeSlug(slug), new ProgrammeOutline(title, "What you learn.",
                DeliveryFormat.LIVE_ONLINE, 4, List.of(new Language("en")), List.of()));
    }

    private ProgrammeId published(String slug, String title) {
        ProgrammeId id = service.create(command(slug, title));
        service.publish(id);
        return id;
    }

    @Test
    void aNewProgrammeStaysOutOfTheCatalogueUntilPublished() {
        ProgrammeId id = service.create(command("secure-communications", "Secure communications"));
        ProgrammeSlug slug = new ProgrammeSlug("secure-communications");

        assertThat(programmes.findById(id)).get().extracting(TrainingProgramme::status).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(service.catalogue()).isEmpty();
        assertThatThrownBy(() -> service.publishedProgramme(slug)).isInstanceOf(UnknownProgramme.class);

        service.publish(id);

        assertThat(service.publishedProgramme(slug).id()).isEqualTo(id);
        assertThat(service.catalogue()).extracting(TrainingProgramme::id).containsExactly(id);
    }

    @Test
    void aSlugBelongsToOneProgramme() {
        service.create(command("documenting-violations", "Documenting violations"));

        assertThatThrownBy(() -> service.create(command("documenting-violations", "Another title")))
                .isInstanceOf(ProgrammeSlugTaken.class).hasMessage("bootcamp.error.slug.taken");
    }

    @Test
    void theCatalogueListsPublishedProgrammesByTitleAsReadersSortThem() {
        published("zebra", "Zero-knowledge tools");
        published("alpha", "advocacy online");
        published("middle", "Managing risk");
        service.create(command("draft", "A draft nobody sees"));
        ProgrammeId retired = published("retired", "A retired programme");
        TrainingProgramme toRetire = programmes.findById(retired).orElseThrow();
        toRetire.retire();
        programmes.save(toRetire);

        assertThat(service.catalogue()).extracting(programme -> programme.outline().title())
                .containsExactly("advocacy online", "Managing risk", "Zero-knowledge tools");
    }

    @Test
    void publishingTwiceStoresTheChangeOnce() {
        ProgrammeId id = service.create(command("resilience", "Resilience"));
        service.publish(id);
        int savesAfterFirstPublish = programmes.saves();

        service.publish(id);

        assertThat(programmes.saves()).isEqualTo(savesAfterFirstPublish);
        assertThat(programmes.findById(id)).get().extracting(TrainingProgramme::status)
                .isEqualTo(ProgrammeStatus.PUBLISHED);
    }

    @Test
    void aRetiredProgrammeCannotBePublishedAgain() {
        ProgrammeId id = published("retiring", "Retiring");
        TrainingProgramme programme = programmes.findById(id).orElseThrow();
        programme.retire();
        programmes.save(programme);

        assertThatThrownBy(() -> service.publish(id)).isInstanceOf(ProgrammeRuleViolation.class);
        assertThat(programmes.findById(id)).get().extracting(TrainingProgramme::status)
                .isEqualTo(ProgrammeStatus.RETIRED);
    }

    @Test
    void unknownProgrammesAreReportedAsSuch() {
        assertThatThrownBy(() -> service.publish(ProgrammeId.generate())).isInstanceOf(UnknownProgramme.class);
        assertThatThrownBy(() -> service.publishedProgramme(new ProgrammeSlug("nowhere")))
                .isInstanceOf(UnknownProgramme.class);
    }
}
