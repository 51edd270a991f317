package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase.PublicEditions;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.junit.jupiter.api.Test;

class EditionServiceTest {

    private final InMemoryEditions editions = new InMemoryEditions();
    private final List<Integer> announcedYears = new ArrayList<>();
    private final EditionService service = new EditionService(editions, new AnnouncedYears(announcedYears),
            new CountingRevision());

    private static PlanEditionCommand planFor(int year) {
        return new PlanEditionCommand(year, new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
    }

    @Test
    void aPlannedEditionIsNotPublicUntilAnnounced() {
        EditionId id = service.plan(planFor(2028));

        assertThatThrownBy(() -> service.publicEdition(2028)).isInstanceOf(UnknownEdition.class);
        service.announce(id);
        assertThat(service.publicEdition(2028).id()).isEqualTo(id);
    }

    @Test
    void oneEditionAYear() {
        service.plan(planFor(2028));

        assertThatThrownBy(() -> service.plan(planFor(2028))).isInstanceOf(EditionYearTaken.class);
    }

    @Test
    void theAnnouncementIsToldToOtherModulesExactlyOnce() {
        EditionId id = service.plan(planFor(2028));

        service.announce(id);
        service.announce(id);

        assertThat(announcedYears).containsExactly(2028);
    }

    @Test
    void visitorsSeeUpcomingEditionsSoonestFirstAndHistoryNewestFirst() {
        for (int year : List.of(2013, 2018, 2016)) {
            EditionId id = service.plan(planFor(year));
            service.announce(id);
            service.archive(id);
        }
        service.announce(service.plan(planFor(2030)));
        service.announce(service.plan(planFor(2028)));
        service.plan(planFor(2032));

        PublicEditions publicEditions = service.publicEditions();

        assertThat(publicEditions.upcoming()).extracting(Edition::year).containsExactly(2028, 2030);
        assertThat(publicEditions.past()).extracting(Edition::year).containsExactly(2018, 2016, 2013);
    }

    @Test
    void unknownEditionsAreReportedAsSuch() {
        assertThatThrownBy(() -> service.announce(EditionId.generate())).isInstanceOf(UnknownEdition.class);
        assertThatThrownBy(() -> service.archive(EditionId.generate())).isInstanceOf(UnknownEdition.class);
    }
}
