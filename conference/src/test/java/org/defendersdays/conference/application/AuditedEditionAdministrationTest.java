package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class AuditedEditionAdministrationTest {

    private final PersonId organiser = PersonId.generate();
    private final InMemoryEditions editions = new InMemoryEditions();
    private final List<Integer> announcedYears = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final EditionService service = new EditionService(editions, new AnnouncedYears(announcedYears),
            new CountingRevision());
    private final AuditedEditionAdministration administration = new AuditedEditionAdministration(service, service, service,
            service, service, audited::add);

    private static EditionFacts inStockholm(Optional<EditionDates> dates) {
        return new EditionFacts(dates, "Stockholm", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    @Test
    void everyChangeIsAuditedWithWhoMadeItAndNoValues() {
        EditionId id = administration.plan(organiser, new PlanEditionCommand(2030, inStockholm(Optional.empty())));
        administration.correct(organiser, new CorrectEditionCommand(id, inStockholm(
                Optional.of(new EditionDates(LocalDate.of(2030, 5, 4), LocalDate.of(2030, 5, 7))))));
        administration.announce(organiser, id);
        administration.archive(organiser, id);

        assertThat(audited).extracting(AuditEntry::action).containsExactly("conference.edition.planned",
                "conference.edition.corrected", "conference.edition.announced", "conference.edition.archived");
        assertThat(audited).allSatisfy(entry -> {
            assertThat(entry.actor()).contains(organiser);
            assertThat(entry.targetType()).isEqualTo("edition");
            assertThat(entry.targetId()).contains(id.toString());
            assertThat(entry.detail()).isEmpty();
        });
        assertThat(announcedYears).containsExactly(2030);
        assertThat(service.edition(id).status()).isEqualTo(EditionStatus.ARCHIVED);
    }

    @Test
    void aCorrectionChangesTheFactsButNotTheYear() {
        EditionId id = service.plan(new PlanEditionCommand(2030, inStockholm(Optional.empty())));

        service.correct(new CorrectEditionCommand(id, new EditionFacts(Optional.empty(), "Nairobi",
                Optional.of("Hall A"), Optional.empty(), Optional.of(180), Optional.of(40), List.of())));

        assertThat(service.edition(id).year()).isEqualTo(2030);
        assertThat(service.edition(id).facts().city()).isEqualTo("Nairobi");
        assertThat(service.edition(id).facts().participants()).contains(180);
    }

    @Test
    void aRefusedChangeIsNotAudited() {
        EditionId id = administration.plan(organiser, new PlanEditionCommand(2030, inStockholm(Optional.empty())));
        audited.clear();

        assertThatThrownBy(() -> administration.correct(organiser, new CorrectEditionCommand(id, inStockholm(
                Optional.of(new EditionDates(LocalDate.of(2031, 5, 4), LocalDate.of(2031, 5, 7)))))))
                .isInstanceOf(EditionRuleViolation.class).hasMessage("edition.dates.notInYear");
        assertThatThrownBy(() -> administration.archive(organiser, id)).isInstanceOf(EditionRuleViolation.class);
        assertThatThrownBy(() -> administration.announce(organiser, EditionId.generate()))
                .isInstanceOf(UnknownEdition.class);

        assertThat(audited).isEmpty();
        assertThat(service.edition(id).facts().dates()).isEmpty();
    }

    @Test
    void theBackOfficeSeesDraftsToo() {
        service.plan(new PlanEditionCommand(2030, inStockholm(Optional.empty())));
        service.announce(service.plan(new PlanEditionCommand(2032, inStockholm(Optional.empty()))));

        assertThat(service.allEditions()).extracting(edition -> edition.year()).containsExactly(2032, 2030);
    }
}
