package org.defendersdays.bootcamp.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.defendersdays.bootcamp.application.port.in.BrowseCatalogueUseCase;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/** A malformed slug is turned away before the catalogue (and so the database) is asked. */
class CatalogueControllerTest {

    private static final BrowseCatalogueUseCase MUST_NOT_BE_ASKED = new BrowseCatalogueUseCase() {

        @Override
        public List<TrainingProgramme> catalogue() {
            throw new AssertionError("the catalogue was asked");
        }

        @Override
        public TrainingProgramme publishedProgramme(ProgrammeSlug slug) {
            throw new AssertionError("the catalogue was asked for " + slug);
        }
    };

    private final CatalogueController controller = new CatalogueController(MUST_NOT_BE_ASKED,
            new ProgrammeViewMapperImpl());

    @Test
    void aMalformedSlugIsRefusedWithoutAskingTheCatalogue() {
        assertThatThrownBy(() -> controller.programme("Robert'); DROP TABLE programme;--", new ExtendedModelMap()))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        refused -> assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
