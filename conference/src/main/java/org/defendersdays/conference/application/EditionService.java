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
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.springframework.transaction.annotation.Transactional;

/**
 * The edition use cases. Each state change and the event it raises share one transaction, so the
 * event publication registry stores the event together with the change.
 */
@Transactional
public class EditionService implements PlanEditionUseCase, CorrectEditionUseCase, AnnounceEditionUseCase,
        ArchiveEditionUseCase, BrowsePublicEditionsUseCase, BrowseAllEditionsUseCase {

    private final Editions editions;
    private final ConferenceEvents events;

    public EditionService(Editions editions, ConferenceEvents events) {
        this.editions = editions;
        this.events = events;
    }

    @Override
    public EditionId plan(PlanEditionCommand command) {
        if (editions.existsForYear(command.year())) {
            throw new EditionYearTaken();
        }
        Edition edition = Edition.draft(EditionId.generate(), command.year(), command.facts());
        return editions.save(edition).id();
    }

    @Override
    public void correct(CorrectEditionCommand command) {
        Edition edition = editions.findById(command.edition()).orElseThrow(UnknownEdition::new);
        edition.correct(command.facts());
        editions.save(edition);
    }

    @Override
    public void announce(EditionId id) {
        Edition edition = editions.findById(id).orElseThrow(UnknownEdition::new);
        if (edition.announce()) {
            events.editionAnnounced(editions.save(edition));
        }
    }

    @Override
    public void archive(EditionId id) {
        Edition edition = editions.findById(id).orElseThrow(UnknownEdition::new);
        edition.archive();
        editions.save(edition);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicEditions publicEditions() {
        List<Edition> all = editions.findPublic();
        List<Edition> upcoming = all.stream()
                .filter(edition -> edition.status() == EditionStatus.ANNOUNCED)
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
