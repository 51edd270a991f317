package org.defendersdays.conference.application.port.in;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.PublicProfile;
import org.defendersdays.conference.domain.programme.SpeakerId;

/**
 * Anyone reads the public page of a trainer, panellist or speaker: only of a person who consented to
 * their name being shown, with only the fields they consented to, and only the sessions of published
 * agendas where they are named (a session that withholds their name is not listed, so it cannot be
 * linked to them).
 */
public interface BrowsePublicSpeakersUseCase {

    /** The person's public page, or empty if there is no such person or they are not to be shown. */
    Optional<PublicSpeaker> publicSpeaker(SpeakerId speaker);

    /**
     * @param sessions the published sessions where the person is named, in the order of their editions and slots
     * @param revision the publication revision this was read at
     */
    record PublicSpeaker(PublicProfile profile, List<NamedContribution> sessions, long revision) {

        public PublicSpeaker {
            sessions = List.copyOf(sessions);
        }
    }

    /** One session where the person is named, in a given role. */
    record NamedContribution(Edition edition, ProgrammeSession session, ContributionRole role) {
    }
}
