package org.defendersdays.bootcamp.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.defendersdays.bootcamp.application.port.in.BrowseCatalogueUseCase;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo data against the real use cases and PostgreSQL. Runs the loader by hand rather than with
 * the demo profile, so the shared test context stays free of demo programmes for the other tests;
 * only this class uses the demo slugs.
 */
@SpringBootTest
class BootcampDemoDataTest {

    private static final List<String> PUBLISHED = List.of("digital-security-foundations",
            "psychosocial-wellbeing-and-resilience", "documenting-violations-safely",
            "secure-communications-for-networks");
    private static final String DRAFT = "organisational-security-planning";

    @Autowired
    CreateProgrammeUseCase create;

    @Autowired
    PublishProgrammeUseCase publish;

    @Autowired
    BrowseCatalogueUseCase catalogue;

    @Test
    void loadsFourPublishedProgrammesAndOneDraftAndCanRunAgainAtEveryStart() {
        BootcampDemoData demo = new BootcampDemoData(create, publish);

        demo.run(new DefaultApplicationArguments());
        demo.run(new DefaultApplicationArguments());

        assertThat(catalogue.catalogue()).extracting(programme -> programme.slug().value())
                .containsOnlyOnceElementsOf(PUBLISHED)
                .doesNotContain(DRAFT);
        assertThatThrownBy(() -> catalogue.publishedProgramme(new ProgrammeSlug(DRAFT)))
                .isInstanceOf(UnknownProgramme.class);
    }
}
