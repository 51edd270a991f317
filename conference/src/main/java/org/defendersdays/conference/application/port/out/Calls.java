package org.defendersdays.conference.application.port.out;

import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;

/** Where calls for applications are kept, with their questions, quotas and review criteria. */
public interface Calls {

    /**
     * Stores a new call ({@code version} null) or the changes to a stored one; returns it with its new
     * version. A stale version fails with Spring's optimistic-locking exception; a second call for the
     * same edition with {@link org.defendersdays.conference.domain.application.CallAlreadyOpen}.
     */
    CallForApplications save(CallForApplications call);

    Optional<CallForApplications> findByEdition(EditionId edition);

    Optional<CallForApplications> findById(CallId id);
}
