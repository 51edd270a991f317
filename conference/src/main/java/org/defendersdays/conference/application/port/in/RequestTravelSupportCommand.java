package org.defendersdays.conference.application.port.in;

import java.util.Objects;
import java.util.Set;

import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelContact;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A participant asks for travel support at the edition of {@code year}, or changes their request. */
public record RequestTravelSupportCommand(int year, PersonId person, SupportAmount amount,
        Set<SupportPurpose> purposes, TravelContact contact) {

    public RequestTravelSupportCommand {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(amount, "amount");
        purposes = Set.copyOf(purposes);
        Objects.requireNonNull(contact, "contact");
    }
}
