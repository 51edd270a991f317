package org.defendersdays.conference.application.port.in;

import java.util.Optional;

import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A conference admin reads the sealed fields of one application (risk situation, accessibility
 * needs). Every read writes the audit entry {@value #AUDIT_ACTION}; no other use case shows them to
 * anyone but the applicant.
 */
public interface ReadSensitiveApplicationDetailsUseCase {

    String AUDIT_ACTION = "conference.application.sensitiveRead";

    /** @throws UnknownApplication */
    SensitiveDetails sensitiveDetails(PersonId admin, ApplicationId id);

    record SensitiveDetails(ApplicationId id, int year, ApplicationStatus status, Optional<String> riskSituation,
            Optional<String> accessibilityNeeds) {
    }
}
