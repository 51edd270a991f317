package org.defendersdays.bootcamp.application;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.defendersdays.bootcamp.application.port.in.BrowseAllProgrammesUseCase;
import org.defendersdays.bootcamp.application.port.in.BrowseCatalogueUseCase;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.RetireProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.springframework.transaction.annotation.Transactional;

/** The programme use cases, each in one transaction. */
@Transactional
public class ProgrammeService implements CreateProgrammeUseCase, ReviseProgrammeUseCase, PublishProgrammeUseCase,
        RetireProgrammeUseCase, BrowseCatalogueUseCase, BrowseAllProgrammesUseCase {

    private final Programmes programmes;

    public ProgrammeService(Programmes programmes) {
        this.programmes = programmes;
    }

    /**
     * The slug check gives the common case a clear answer; the database's unique constraint still
     * decides when two trainers create the same slug at the same moment.
     */
    @Override
    public ProgrammeId create(CreateProgrammeCommand command) {
        if (programmes.existsWithSlug(command.slug())) {
            throw new ProgrammeSlugTaken();
        }
        TrainingProgramme programme = TrainingProgramme.draft(ProgrammeId.generate(), command.slug(),
                command.outline());
        return programmes.save(programme).id();
    }

    @Override
    public void revise(ReviseProgrammeCommand command) {
        TrainingProgramme programme = programmes.findById(command.programme()).orElseThrow(UnknownProgramme::new);
        programme.revise(command.outline());
        programmes.save(programme);
    }

    @Override
    public void retire(ProgrammeId id) {
        TrainingProgramme programme = programmes.findById(id).orElseThrow(UnknownProgramme::new);
        programme.retire();
        programmes.save(programme);
    }

    @Override
    public void publish(ProgrammeId id) {
        TrainingProgramme programme = programmes.findById(id).orElseThrow(UnknownProgramme::new);
        if (programme.publish()) {
            programmes.save(programme);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingProgramme> catalogue() {
        // A collator sorts as readers expect: "digital" next to "Documenting", not after every capital.
        Collator collator = Collator.getInstance(Locale.ROOT);
        return programmes.findPublished().stream()
                .sorted(Comparator.comparing((TrainingProgramme programme) -> programme.outline().title(), collator)
                        .thenComparing(programme -> programme.slug().value()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingProgramme publishedProgramme(ProgrammeSlug slug) {
        return programmes.findBySlug(slug).filter(TrainingProgramme::isInCatalogue).orElseThrow(UnknownProgramme::new);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrainingProgramme> allProgrammes() {
        return programmes.findAll().stream()
                .sorted(Comparator.comparing(programme -> programme.slug().value()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingProgramme programme(ProgrammeId id) {
        return programmes.findById(id).orElseThrow(UnknownProgramme::new);
    }
}
