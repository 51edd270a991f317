package org.defendersdays.conference.application.port.out;

import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * Where applications are kept. The adapter seals the sensitive texts on the way in and opens them
 * on the way out: whoever loads an application reads them, so every caller that is not the
 * applicant themself writes an audit entry for it.
 */
public interface Applications {

    /**
     * Stores a new application ({@code version} null) or the changes to a stored one; returns it with
     * its new version. A stale version, or a second application of the same person to the same call,
     * fails with Spring's optimistic-locking exception.
     */
    Application save(Application application);

    Optional<Application> findByApplicant(CallId call, PersonId applicant);

    Optional<Application> findById(ApplicationId id);

    /** How many applications the call has, by status (statuses without any are left out). */
    Map<ApplicationStatus, Long> countByStatus(CallId call);
}
