package org.defendersdays.conference.application;

import java.util.List;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase;
import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.CorrectEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition use cases. Each state change and the event it raises share one transaction, so the
 * event publication registry stores the event together with the change. Every change raises the
 * publication revision too, since editions are part of what the public agenda shows.
 */
@Transactional
public class EditionService implements PlanEditionUseCase, CorrectEditionUseCase, AnnounceEditionUseCase,
        ArchiveEditionUseCase, PublishProgrammeUseCase, BrowsePublicEditionsUseCase, BrowseAllEditionsUseCase {

    private final Editions editions;
    private final ConferenceEvents events;
    private final PublicationRevision revision;

    public EditionService(Editions editions, ConferenceEvents events, PublicationRevision revision) {
        this.editions = editions;
        this.events = events;
        this.revision = revision;
    }

    @Override
    public EditionId plan(PlanEditionCommand command) {
        if (editions.existsForYear(command.year())) {
            throw new EditionYearTaken();
        }
        Edition edition = Edition.draft(EditionId.generate(), command.year(), command.facts());
        EditionId id = editions.save(edition).id();
        revision.bump();
        return id;
    }

    @Override
    public void correct(CorrectEditionCommand command) {
        Edition edition = editions.findById(command.edition()).orElseThrow(UnknownEdition::new);
        edition.correct(command.facts());
        editions.save(edition);
        revision.bump();
    }

    @Override
    public void announce(EditionId id) {
        Edition edition = editions.findById(id).orElseThrow(UnknownEdition::new);
        if (edition.announce()) {
            events.editionAnnounced(editions.save(edition));
            revision.bump();
        }
    }

    @Override
    public void publishProgramme(EditionId id) {
        Edition edition = editions.findById(id).orElseThrow(UnknownEdition::new);
        if (edition.publishProgramme()) {
            editions.save(edition);
            revision.bump();
        }
    }

    @Override
    public void archive(EditionId id) {
        Edition edition = editions.findById(id).orElseThrow(UnknownEdition::new);
        edition.archive();
        editions.save(edition);
        revision.bump();
    }

    @Override
    @Transactional(readOnly = true)
    public PublicEditions publicEditions() {
        List<Edition> all = editions.findPublic();
        List<Edition> upcoming = all.stream()
                .filter(edition -> edition.status().isUpcoming())
                .sorted((a, b) -> Integer.compare(a.year(), b.year()))
                .toList();
        List<Edition> past = all.stream().filter(edition -> edition.status() == EditionStatus.ARCHIVED).toList();
        return new PublicEditions(upcoming, past);
    }

    @Override
    @Transactional(readOnly = true)
    public Edition publicEdition(int year) {
        return editions.findByYear(year).filter(Edition::isPublic).orElseThrow(UnknownEdition::new);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Edition> allEditions() {
        return editions.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public Edition edition(EditionId id) {
        return editions.findById(id).orElseThrow(UnknownEdition::new);
    }
}
