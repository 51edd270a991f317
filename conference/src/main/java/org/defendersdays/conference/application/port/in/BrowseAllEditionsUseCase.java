package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;

/** Organisers see every edition, drafts included, to manage them in the back office. */
public interface BrowseAllEditionsUseCase {

    /** Every edition, newest year first. */
    List<Edition> allEditions();

    /**
     * @throws UnknownEdition if there is no such edition
     */
    Edition edition(EditionId id);
}
