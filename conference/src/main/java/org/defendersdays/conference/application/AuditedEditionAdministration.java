package org.defendersdays.conference.application;

import org.defendersdays.conference.application.port.in.AdministerEditionsUseCase;
import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.CorrectEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's way into the edition use cases: runs one, then records who did it. Only codes
 * and identifiers go into the trail, never the facts themselves. A use case that throws records
 * nothing, and the shared transaction keeps change and entry together.
 */
@Transactional
public class AuditedEditionAdministration implements AdministerEditionsUseCase {

    private static final String TARGET = "edition";

    private final PlanEditionUseCase planning;
    private final CorrectEditionUseCase correction;
    private final AnnounceEditionUseCase announcement;
    private final ArchiveEditionUseCase archiving;
    private final PublishProgrammeUseCase publication;
    private final AuditTrail audit;

    public AuditedEditionAdministration(PlanEditionUseCase planning, CorrectEditionUseCase correction,
            AnnounceEditionUseCase announcement, ArchiveEditionUseCase archiving, PublishProgrammeUseCase publication,
            AuditTrail audit) {
        this.planning = planning;
        this.correction = correction;
        this.announcement = announcement;
        this.archiving = archiving;
        this.publication = publication;
        this.audit = audit;
    }

    @Override
    public EditionId plan(PersonId organiser, PlanEditionCommand command) {
        EditionId id = planning.plan(command);
        record(organiser, "conference.edition.planned", id);
        return id;
    }

    @Override
    public void correct(PersonId organiser, CorrectEditionCommand command) {
        correction.correct(command);
        record(organiser, "conference.edition.corrected", command.edition());
    }

    @Override
    public void announce(PersonId organiser, EditionId edition) {
        announcement.announce(edition);
        record(organiser, "conference.edition.announced", edition);
    }

    @Override
    public void publishProgramme(PersonId organiser, EditionId edition) {
        publication.publishProgramme(edition);
        record(organiser, "conference.edition.programmePublished", edition);
    }

    @Override
    public void archive(PersonId organiser, EditionId edition) {
        archiving.archive(edition);
        record(organiser, "conference.edition.archived", edition);
    }

    private void record(PersonId organiser, String action, EditionId edition) {
        audit.record(AuditEntry.success(organiser, action, TARGET, edition.toString()));
    }
}
