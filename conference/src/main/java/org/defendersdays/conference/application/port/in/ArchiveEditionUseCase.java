package org.defendersdays.conference.application.port.in;

import org.defendersdays.conference.domain.EditionId;

/** Organisers file a held edition away; it stays public as part of the conference's history. */
public interface ArchiveEditionUseCase {

    /**
     * @throws UnknownEdition if there is no such edition
     */
    void archive(EditionId edition);
}
