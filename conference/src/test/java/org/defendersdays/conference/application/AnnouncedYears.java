package org.defendersdays.conference.application;

import java.util.List;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.ConferenceEvents;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Keeps the years of the editions announced; accepted applications are not of interest here. */
record AnnouncedYears(List<Integer> years) implements ConferenceEvents {

    @Override
    public void editionAnnounced(Edition edition) {
        years.add(edition.year());
    }

    @Override
    public void applicationAccepted(UUID editionId, int year, PersonId person) {
        // not what these tests look at
    }
}
