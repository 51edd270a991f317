package org.defendersdays.conference.domain.travel;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Who writes the visa letters: the organisation's name and postal address, where letters are
 * signed, and the signatory's name and title.
 */
public record Letterhead(String organisation, List<String> address, String place, String signatoryName,
        String signatoryTitle, String contact) implements ValueObject {

    public Letterhead {
        Objects.requireNonNull(organisation, "organisation");
        address = List.copyOf(address);
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(signatoryName, "signatoryName");
        Objects.requireNonNull(signatoryTitle, "signatoryTitle");
        Objects.requireNonNull(contact, "contact");
    }
}
