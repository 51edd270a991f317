package org.defendersdays.conference.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A person's own programme at an edition: the workshops on offer, and their places in them. */
public interface SeePersonalProgrammeUseCase {

    /** @throws UnknownEdition if no edition of that year has a published programme */
    PersonalProgramme personalProgramme(PersonId person, int year);

    /**
     * @param participant whether the person holds a confirmed place (and so may sign up)
     * @param calendarSince when the person's private calendar address was made, if they have one
     */
    record PersonalProgramme(int year, boolean participant, List<WorkshopOffer> workshops,
            Optional<Instant> calendarSince) {

        public List<WorkshopOffer> mine() {
            return workshops.stream().filter(offer -> offer.place().isPresent()).toList();
        }
    }

    /**
     * One workshop (one part of a series) with how full it is and the person's place in it.
     *
     * @param part 1 for a single workshop or the first part; signing up happens on part 1
     * @param parts how many parts the series has
     */
    record WorkshopOffer(ProgrammeSession session, int part, int parts, int seats, int confirmed, int waitlisted,
            Optional<Place> place) {

        public int seatsLeft() {
            return Math.max(0, seats - confirmed);
        }
    }
}
