package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;

/** Organisers publish an announced edition's programme: its agenda becomes public. */
public interface PublishProgrammeUseCase {

    /**
     * @throws UnknownEdition if there is no such edition
     * @throws org.defendersdays.conference.domain.EditionRuleViolation if the edition is not announced or has no dates
     */
    void publishProgramme(EditionId edition);
}
