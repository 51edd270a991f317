package org.defendersdays.bootcamp.adapter.in.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.defendersdays.bootcamp.BootcampTestApplication;
import org.defendersdays.bootcamp.PreparationFixture;
import org.defendersdays.bootcamp.PreparationFixture.Created;
import org.defendersdays.bootcamp.application.port.in.BrowseOffersUseCase;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PrepareForConferenceUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.sharedkernel.events.ConferenceApplicationAccepted;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Against the real PostgreSQL test database; each test uses an edition year of its own. */
@SpringBootTest
class AcceptedParticipantPreparationListenerTest {

    @Autowired
    AcceptedParticipantPreparationListener listener;

    @Autowired
    CreateProgrammeUseCase create;

    @Autowired
    PublishProgrammeUseCase publish;

    @Autowired
    PrepareForConferenceUseCase preparation;

    @Autowired
    BrowseOffersUseCase offers;

    @Autowired
    JdbcTemplate jdbc;

    private Created preparing(int year) {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = ?", year);
        Created programme = PreparationFixture.published(create, publish, "Preparing for " + year);
        preparation.prepareFor(programme.id(), Optional.of(year), BootcampTestApplication.ADMIN.id());
        return programme;
    }

    private static ConferenceApplicationAccepted accepted(int year, PersonId person) {
        return new ConferenceApplicationAccepted(UUID.randomUUID(), year, person);
    }

    @Test
    void anAcceptedPersonIsOfferedTheEditionsPreparation() {
        Created programme = preparing(2070);
        PersonId person = PersonId.generate();

        listener.on(accepted(2070, person));

        assertThat(offers.offersFor(person)).singleElement().satisfies(offer -> {
            assertThat(offer.programme().id()).isEqualTo(programme.id());
            assertThat(offer.editionYear()).isEqualTo(2070);
        });
        assertThat(offers.offersFor(PersonId.generate())).isEmpty();
    }

    @Test
    void withoutAPreparationProgrammeNothingIsOffered() {
        jdbc.update("DELETE FROM bootcamp.conference_preparation WHERE edition_year = ?", 2071);
        PersonId person = PersonId.generate();

        listener.on(accepted(2071, person));

        assertThat(offers.offersFor(person)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bootcamp.programme_offer WHERE person_id = ?",
                Integer.class, person.value())).isZero();
    }

    @Test
    void theSameAcceptanceDeliveredTwiceOrAtOnceMakesOneOffer() throws Exception {
        preparing(2072);
        PersonId person = PersonId.generate();
        ConferenceApplicationAccepted event = accepted(2072, person);
        listener.on(event);
        listener.on(event);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> deliveries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                deliveries.add(() -> {
                    listener.on(event);
                    return null;
                });
            }
            for (Future<Void> delivery : pool.invokeAll(deliveries)) {
                delivery.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM bootcamp.programme_offer WHERE person_id = ?",
                Integer.class, person.value())).isEqualTo(1);
    }
}
