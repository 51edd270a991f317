package org.defendersdays.conference.application.port.in;

import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * What an applicant typed into their application to the edition of {@code year}.
 *
 * @param seenVersion the version of their application the form was shown with; empty for a new one
 */
public record ApplyForEditionCommand(PersonId applicant, int year, Optional<Long> seenVersion,
        ApplicationContent content) {

    public ApplyForEditionCommand {
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(seenVersion, "seenVersion");
        Objects.requireNonNull(content, "content");
    }
}
