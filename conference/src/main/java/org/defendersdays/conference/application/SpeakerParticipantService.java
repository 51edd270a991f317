package org.defendersdays.conference.application;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.LinkSpeakerToParticipantUseCase;
import org.defendersdays.conference.application.port.in.UnknownApplicationReference;
import org.defendersdays.conference.application.port.in.UnknownSpeaker;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.SpeakerParticipants;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links speaker records to applications. A link can change what the public sees (a high-risk
 * participant disappears as a speaker), so each change bumps the publication revision; each is
 * audited with the speaker's and the application's ids only.
 */
@Transactional
public class SpeakerParticipantService implements LinkSpeakerToParticipantUseCase {

    private final Speakers speakers;
    private final SpeakerParticipants links;
    private final PublicationRevision revision;
    private final AuditTrail audit;

    public SpeakerParticipantService(Speakers speakers, SpeakerParticipants links, PublicationRevision revision,
            AuditTrail audit) {
        this.speakers = speakers;
        this.links = links;
        this.revision = revision;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> linkedReference(SpeakerId speaker) {
        requireSpeaker(speaker);
        return links.linkedReference(speaker);
    }

    @Override
    public void link(PersonId admin, SpeakerId speaker, String reference) {
        requireSpeaker(speaker);
        String normalised = reference == null ? "" : reference.strip().toLowerCase(Locale.ROOT);
        UUID application = links.applicationByReference(normalised).orElseThrow(UnknownApplicationReference::new);
        links.link(speaker, application);
        revision.bump();
        audit.record(AuditEntry.success(admin, "conference.speaker.participantLinked", "speaker",
                speaker.value().toString()).withDetail(application.toString()));
    }

    @Override
    public void unlink(PersonId admin, SpeakerId speaker) {
        requireSpeaker(speaker);
        if (links.unlink(speaker)) {
            revision.bump();
            audit.record(AuditEntry.success(admin, "conference.speaker.participantUnlinked", "speaker",
                    speaker.value().toString()));
        }
    }

    private void requireSpeaker(SpeakerId speaker) {
        if (speakers.findById(speaker).isEmpty()) {
            throw new UnknownSpeaker();
        }
    }
}
