package org.defendersdays.conference.application;

import java.util.Optional;

import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.TravelEdition;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Finds the edition of a year and checks that a person holds a confirmed place at it. */
public final class TravelEditions {

    private final Editions editions;
    private final ConfirmedParticipants participants;

    public TravelEditions(Editions editions, ConfirmedParticipants participants) {
        this.editions = editions;
        this.participants = participants;
    }

    Edition edition(int year) {
        return editions.findByYear(year).orElseThrow(UnknownEdition::new);
    }

    /** The edition, if the person holds a confirmed place at it. */
    Edition forParticipant(int year, PersonId person) {
        Edition edition = edition(year);
        if (participants.messageLanguage(edition.id(), person).isEmpty()) {
            throw new NotAConfirmedParticipant();
        }
        return edition;
    }

    /** The participant's language, "en" if they no longer hold a place (a mail still reaches them). */
    String language(Edition edition, PersonId person) {
        return participants.messageLanguage(edition.id(), person).orElse("en");
    }

    static TravelEdition view(Edition edition) {
        Optional<EditionDates> dates = edition.facts().dates();
        return new TravelEdition(edition.year(), edition.facts().city(), edition.facts().venue(),
                dates.map(EditionDates::start), dates.map(EditionDates::end));
    }
}
