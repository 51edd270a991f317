package org.defendersdays.conference.domain.selection;

import java.util.Objects;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who stands behind an application, for decisions and mail only (never shown to reviewers).
 *
 * @param submitted whether the application is submitted (not a draft, not withdrawn)
 * @param messageLanguage the language the applicant wants to hear from us in
 */
@ValueObject
public record Applicant(UUID applicationId, UUID callId, PersonId person, String region, boolean submitted,
        boolean highRisk, String messageLanguage) {

    public Applicant {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(person, "person");
    }
}
