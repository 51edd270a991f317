package org.defendersdays.conference.application.port.in;

import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Conference admins open an edition's call for applications and revise it; both are audited. */
public interface AdministerCallsUseCase {

    /** The edition of {@code year} (drafts too), its call if it has one, and how many applications it has by status. */
    EditionCall editionCall(int year);

    /** @throws UnknownEdition, CallAlreadyOpen, or a rule violation of the call */
    CallId open(PersonId admin, OpenCallCommand command);

    /** @throws UnknownEdition, UnknownCall, StaleCall, or a rule violation of the call */
    void revise(PersonId admin, ReviseCallCommand command);

    record EditionCall(Edition edition, Optional<CallForApplications> call, Map<ApplicationStatus, Long> applications) {
    }
}
