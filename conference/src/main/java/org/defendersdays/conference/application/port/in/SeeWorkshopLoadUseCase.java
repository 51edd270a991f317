package org.defendersdays.conference.application.port.in;

import java.util.List;

import org.defendersdays.conference.domain.programme.ProgrammeSession;

/** For conference admins: per workshop of each edition with a published programme, seats taken and waitlist length. */
public interface SeeWorkshopLoadUseCase {

    List<EditionWorkshops> workshopLoad();

    record EditionWorkshops(int year, List<WorkshopLoad> workshops) {
    }

    record WorkshopLoad(ProgrammeSession session, int seats, int confirmed, int waitlisted) {
    }
}
