package org.defendersdays.conference.application;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.defendersdays.conference.application.port.in.SeeParticipantListUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.ConfirmedParticipants;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.participants.Participant;
import org.defendersdays.conference.domain.participants.ParticipantListRefused;
import org.defendersdays.conference.domain.participants.ParticipantListRefused.Reason;
import org.defendersdays.sharedkernel.identity.DisplayNames;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant list of an edition. Never public: the viewer must hold a confirmed place there,
 * the programme must be published, and only participants who agreed to be listed and are not
 * marked at high risk appear, by display name only.
 */
@Transactional(readOnly = true)
public class ParticipantListService implements SeeParticipantListUseCase {

    private final Editions editions;
    private final ConfirmedParticipants participants;
    private final DisplayNames displayNames;

    public ParticipantListService(Editions editions, ConfirmedParticipants participants, DisplayNames displayNames) {
        this.editions = Objects.requireNonNull(editions, "editions");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.displayNames = Objects.requireNonNull(displayNames, "displayNames");
    }

    @Override
    public ParticipantList participantsOf(int year, PersonId viewer) {
        Edition edition = editions.findByYear(year).filter(Edition::isPublic).orElseThrow(UnknownEdition::new);
        // Whether the viewer takes part is asked first: to anyone else, the list's state is none of their business.
        if (participants.find(edition.id(), viewer).isEmpty()) {
            throw new ParticipantListRefused(Reason.NOT_A_PARTICIPANT);
        }
        if (!edition.status().showsAgenda()) {
            throw new ParticipantListRefused(Reason.NOT_YET_PUBLISHED);
        }
        List<PersonId> listed = participants.of(edition.id()).stream().filter(Participant::isListed)
                .map(Participant::person).toList();
        Map<PersonId, String> names = displayNames.of(listed);
        Collator collator = Collator.getInstance(Locale.ROOT);
        return new ParticipantList(year, listed.stream().map(names::get).filter(Objects::nonNull)
                .sorted(collator).toList());
    }
}
