package org.defendersdays.conference.application;

import java.util.Map;

import org.defendersdays.conference.application.port.in.RegisterSpeakerUseCase;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new speaker with their consents, and raises the publication revision with it. */
@Transactional
public class SpeakerRegistration implements RegisterSpeakerUseCase {

    private final Speakers speakers;
    private final PublicationRevision revision;

    public SpeakerRegistration(Speakers speakers, PublicationRevision revision) {
        this.speakers = speakers;
        this.revision = revision;
    }

    @Override
    public SpeakerId register(SpeakerProfile profile, Map<ProfileField, Consent> consents) {
        Speaker speaker = Speaker.add(SpeakerId.generate(), profile);
        consents.forEach(speaker::recordConsent);
        SpeakerId id = speakers.save(speaker).id();
        revision.bump();
        return id;
    }
}
