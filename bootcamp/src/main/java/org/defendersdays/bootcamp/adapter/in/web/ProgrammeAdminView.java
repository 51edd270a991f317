package org.defendersdays.bootcamp.adapter.in.web;

import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/** One programme as the back office lists it, with the steps open to it now. */
record ProgrammeAdminView(String id, String slug, String title, String status, boolean canPublish,
        boolean canRetire) {

    static ProgrammeAdminView of(TrainingProgramme programme) {
        ProgrammeStatus status = programme.status();
        return new ProgrammeAdminView(programme.id().toString(), programme.slug().value(), programme.outline().title(),
                status.name(), status == ProgrammeStatus.DRAFT, status != ProgrammeStatus.RETIRED);
    }
}
