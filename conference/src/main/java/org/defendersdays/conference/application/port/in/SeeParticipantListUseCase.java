package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A confirmed participant sees who else takes part: the display names of those who agreed to be
 * listed and are not at high risk, once the edition's programme is published.
 */
public interface SeeParticipantListUseCase {

    /**
     * @throws UnknownEdition if no public edition has that year
     * @throws org.defendersdays.conference.domain.participants.ParticipantListRefused if the viewer
     *         does not hold a confirmed place, or the programme is not published yet
     */
    ParticipantList participantsOf(int year, PersonId viewer);

    /** The listed names, sorted; how many participants there are in all is not told. */
    record ParticipantList(int year, List<String> names) {

        public ParticipantList {
            names = List.copyOf(names);
        }
    }
}
