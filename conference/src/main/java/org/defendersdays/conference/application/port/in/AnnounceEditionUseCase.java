package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;

/**
 * Organisers announce an edition: it becomes public, and the other modules are told (the community
 * opens the edition's participant group).
 */
public interface AnnounceEditionUseCase {

    /**
     * @throws UnknownEdition if there is no such edition
     */
    void announce(EditionId edition);
}
