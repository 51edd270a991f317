package org.defendersdays.bootcamp.application;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.bootcamp.application.port.in.BrowseOffersUseCase;
import org.defendersdays.bootcamp.application.port.in.BrowseOffersUseCase.Offer;
import org.defendersdays.bootcamp.application.port.in.OfferPreparationUseCase;
import org.defendersdays.bootcamp.application.port.in.PrepareForConferenceUseCase;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.application.port.out.ConferencePreparations;
import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** Pre-conference preparation: which programme prepares for which edition, and offers to accepted people. */
@Transactional
public class PreparationService implements PrepareForConferenceUseCase, OfferPreparationUseCase,
        BrowseOffersUseCase {

    private final Programmes programmes;
    private final ConferencePreparations preparations;
    private final AuditTrail audit;
    private final Clock clock;

    public PreparationService(Programmes programmes, ConferencePreparations preparations, AuditTrail audit,
            Clock clock) {
        this.programmes = Objects.requireNonNull(programmes, "programmes");
        this.preparations = Objects.requireNonNull(preparations, "preparations");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Integer> preparesFor(ProgrammeId programme) {
        return preparations.yearOf(programme);
    }

    @Override
    public void prepareFor(ProgrammeId programme, Optional<Integer> editionYear, PersonId admin) {
        programmes.findById(programme).orElseThrow(UnknownProgramme::new);
        if (editionYear.isPresent() && (editionYear.get() < 2000 || editionYear.get() > 2200)) {
            throw new ProgrammeRuleViolation("bootcamp.preparation.error.year");
        }
        preparations.prepare(programme, editionYear);
        AuditEntry entry = AuditEntry.success(admin, "bootcamp.programme.preparation", "programme",
                programme.value().toString());
        audit.record(editionYear.map(year -> entry.withDetail("edition:" + year)).orElse(entry.withDetail("none")));
    }

    @Override
    public boolean offerTo(int editionYear, PersonId person) {
        return preparations.offer(editionYear, person, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offer> offersFor(PersonId person) {
        return preparations.offersTo(person).stream()
                .flatMap(offered -> programmes.findById(offered.programme()).filter(TrainingProgramme::isInCatalogue)
                        .map(programme -> new Offer(programme, offered.editionYear(), offered.offeredAt()))
                        .stream())
                .toList();
    }
}
