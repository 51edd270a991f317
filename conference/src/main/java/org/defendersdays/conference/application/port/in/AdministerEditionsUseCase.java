package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * An organiser changes editions in the back office. Each change goes through its own use case and
 * is recorded in the audit trail, with who made it, in the same transaction: no change without its
 * entry, no entry for a change that was rolled back.
 */
public interface AdministerEditionsUseCase {

    /** @see PlanEditionUseCase#plan */
    EditionId plan(PersonId organiser, PlanEditionCommand command);

    /** @see CorrectEditionUseCase#correct */
    void correct(PersonId organiser, CorrectEditionCommand command);

    /** @see AnnounceEditionUseCase#announce */
    void announce(PersonId organiser, EditionId edition);

    /** @see PublishProgrammeUseCase#publishProgramme */
    void publishProgramme(PersonId organiser, EditionId edition);

    /** @see ArchiveEditionUseCase#archive */
    void archive(PersonId organiser, EditionId edition);
}
