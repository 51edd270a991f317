package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionStatus;

/** One edition as the back office lists it, with the steps open to it now. */
record EditionAdminView(String id, int year, String city, String status, boolean canAnnounce,
        boolean canPublishProgramme, boolean canArchive) {

    static EditionAdminView of(Edition edition) {
        return new EditionAdminView(edition.id().toString(), edition.year(), edition.facts().city(),
                edition.status().name(), edition.status() == EditionStatus.DRAFT,
                edition.status() == EditionStatus.ANNOUNCED && edition.facts().dates().isPresent(),
                edition.status().isUpcoming());
    }
}
