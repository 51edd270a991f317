package org.defendersdays.conference.application.port.in;

import java.util.Objects;

import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A participant's passport details for the edition of {@code year}, new or corrected. A correction
 * with an empty passport number keeps the stored one (pages never show it back in full).
 */
public record SubmitPassportDetailsCommand(int year, PersonId person, PassportDetails details) {

    public SubmitPassportDetailsCommand {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(details, "details");
    }
}
