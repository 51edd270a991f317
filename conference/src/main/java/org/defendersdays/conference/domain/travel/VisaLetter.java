package org.defendersdays.conference.domain.travel;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Everything one visa invitation letter says, ready to print. Made on demand for a download, never
 * stored.
 *
 * @param reference the letter's reference number, stable for a request
 * @param issuedOn the date the letter bears
 * @param editionName such as {@code Defenders' Days 2050}
 * @param coverage what the organisers cover, from the travel support decision
 */
public record VisaLetter(Letterhead letterhead, String reference, LocalDate issuedOn, PassportDetails passport,
        String editionName, Optional<String> theme, LocalDate starts, LocalDate ends, String city,
        Optional<String> venue, Coverage coverage) implements ValueObject {

    public VisaLetter {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(passport, "passport");
        Objects.requireNonNull(editionName, "editionName");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(coverage, "coverage");
    }

    /** The reference of a request's letter: the edition's year and the start of the request's id. */
    public static String referenceOf(int year, VisaLetterRequestId request) {
        return "DD-" + year + "-" + request.value().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What the organisers pay for: the purposes of approved travel support (up to the approved
     * amount), and meals during the conference if the organisers provide them. Nothing approved: the
     * participant covers their own travel.
     */
    public record Coverage(Set<SupportPurpose> purposes, Optional<SupportAmount> upTo, boolean meals)
            implements ValueObject {

        public Coverage {
            purposes = Set.copyOf(purposes);
            Objects.requireNonNull(upTo, "upTo");
        }

        public static Coverage of(Optional<TravelSupportRequest> support, boolean meals) {
            return support.filter(request -> request.status() == RequestStatus.APPROVED)
                    .map(request -> new Coverage(request.purposes(), request.approved(), meals))
                    .orElseGet(() -> new Coverage(Set.of(), Optional.empty(), meals));
        }

        public boolean ownTravel() {
            return purposes.isEmpty();
        }
    }
}
