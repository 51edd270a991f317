package org.defendersdays.bootcamp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingProgrammeTest {

    static ProgrammeOutline outline() {
        return new ProgrammeOutline("Digital security foundations", "Protect devices and accounts.",
                DeliveryFormat.BLENDED, 6, List.of(new Language("en")), List.of(new Topic("digital-security")));
    }

    static TrainingProgramme draft() {
        return TrainingProgramme.draft(ProgrammeId.generate(), new ProgrammeSlug("digital-security-foundations"),
                outline());
    }

    @Test
    void aNewProgrammeIsADraftOutOfTheCatalogue() {
        TrainingProgramme programme = draft();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.DRAFT);
        assertThat(programme.isInCatalogue()).isFalse();
        assertThat(programme.version()).isNull();
    }

    @Test
    void publishingPutsItInTheCatalogueOnce() {
        TrainingProgramme programme = draft();

        assertThat(programme.publish()).isTrue();
        assertThat(programme.publish()).isFalse();
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.PUBLISHED);
        assertThat(programme.isInCatalogue()).isTrue();
    }

    @Test
    void aRetiredProgrammeLeavesTheCatalogueForGood() {
        TrainingProgramme programme = draft();
        programme.publish();

        programme.retire();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.RETIRED);
        assertThat(programme.isInCatalogue()).isFalse();
        assertThatThrownBy(programme::publish).isInstanceOf(ProgrammeRuleViolation.class)
                .hasMessage("bootcamp.error.status.retiredCannotBePublished");
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.RETIRED);
    }

    @Test
    void aDraftCanBeRetiredWithoutEverBeingPublished() {
        TrainingProgramme programme = draft();

        programme.retire();

        assertThat(programme.status()).isEqualTo(ProgrammeStatus.RETIRED);
    }

    @Test
    void aStoredProgrammeComesBackAsItWas() {
        ProgrammeId id = ProgrammeId.generate();
        ProgrammeSlug slug = new ProgrammeSlug("secure-communications");

        TrainingProgramme programme = TrainingProgramme.rehydrate(id, slug, outline(), ProgrammeStatus.PUBLISHED, 3L);

        assertThat(programme.id()).isEqualTo(id).isEqualTo(programme.getId());
        assertThat(programme.slug()).isEqualTo(slug);
        assertThat(programme.outline()).isEqualTo(outline());
        assertThat(programme.isInCatalogue()).isTrue();
        assertThat(programme.version()).isEqualTo(3L);
    }
}
