package org.defendersdays.conference.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AddSpeakerCommand;
import org.defendersdays.conference.application.port.in.AddSpeakerUseCase;
import org.defendersdays.conference.application.port.in.BrowseSpeakersUseCase;
import org.defendersdays.conference.application.port.in.RecordConsentCommand;
import org.defendersdays.conference.application.port.in.RecordConsentUseCase;
import org.defendersdays.conference.application.port.in.RegisterSpeakerUseCase;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoUseCase;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoUseCase;
import org.defendersdays.conference.application.port.in.ReviseSpeakerCommand;
import org.defendersdays.conference.application.port.in.ReviseSpeakerUseCase;
import org.defendersdays.conference.application.port.in.SeePublicSpeakerPhotoUseCase;
import org.defendersdays.conference.application.port.in.SpeakerChange;
import org.defendersdays.conference.application.port.in.StaleSpeaker;
import org.defendersdays.conference.application.port.in.UnknownSpeaker;
import org.defendersdays.conference.application.port.in.WithdrawConsentCommand;
import org.defendersdays.conference.application.port.in.WithdrawConsentUseCase;
import org.defendersdays.conference.application.port.out.PhotoCleaner;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.SpeakerPhotos;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.PublicProfile;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speaker use cases. Every change checks the version the admin saw, stores the speaker, deletes
 * photo bytes no speaker has any more, and bumps the publication revision, all in one transaction.
 * Public questions ask the speaker's {@link Speaker#publicProfile()} every time, so a withdrawn
 * consent is obeyed from the next request on.
 */
@Transactional
public class SpeakerService implements AddSpeakerUseCase, RegisterSpeakerUseCase, ReviseSpeakerUseCase,
        RecordConsentUseCase, WithdrawConsentUseCase, ReplaceSpeakerPhotoUseCase, RemoveSpeakerPhotoUseCase,
        BrowseSpeakersUseCase, SeePublicSpeakerPhotoUseCase {

    private final Speakers speakers;
    private final SpeakerPhotos photos;
    private final PhotoCleaner cleaner;
    private final PublicationRevision revision;
    private final Clock clock;

    public SpeakerService(Speakers speakers, SpeakerPhotos photos, PhotoCleaner cleaner, PublicationRevision revision,
            Clock clock) {
        this.speakers = speakers;
        this.photos = photos;
        this.cleaner = cleaner;
        this.revision = revision;
        this.clock = clock;
    }

    @Override
    public SpeakerId add(AddSpeakerCommand command) {
        Speaker speaker = speakers.save(Speaker.add(SpeakerId.generate(), command.profile()));
        revision.bump();
        return speaker.id();
    }

    /** A speaker with the consents they already gave, as seeded data brings them (no admin acts). */
    @Override
    public SpeakerId register(SpeakerProfile profile, Map<ProfileField, Consent> consents) {
        Speaker speaker = Speaker.add(SpeakerId.generate(), profile);
        consents.forEach(speaker::recordConsent);
        SpeakerId id = speakers.save(speaker).id();
        revision.bump();
        return id;
    }

    @Override
    public void revise(ReviseSpeakerCommand command) {
        Speaker speaker = current(command);
        speaker.revise(command.profile());
        store(speaker);
    }

    @Override
    public void recordConsent(PersonId recordedBy, RecordConsentCommand command) {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Speaker speaker = current(command);
        speaker.recordConsent(command.field(), new Consent(clock.instant(), recordedBy, command.how()));
        store(speaker);
    }

    @Override
    public boolean withdrawConsent(WithdrawConsentCommand command) {
        Speaker speaker = current(command);
        boolean withdrawn = speaker.withdrawConsent(command.field());
        if (withdrawn) {
            store(speaker);
        }
        return withdrawn;
    }

    /**
     * The consent to the old photo does not carry over to a new one: the person agreed to be shown
     * in a picture, not in any picture, so consent to the new photo is recorded again.
     */
    @Override
    public SpeakerPhoto replacePhoto(ReplaceSpeakerPhotoCommand command) {
        if (command.upload().length == 0) {
            throw new ProgrammeRuleViolation("photo", "programme.photo.missing");
        }
        if (command.upload().length > ReplaceSpeakerPhotoCommand.MAX_UPLOAD_BYTES) {
            throw new ProgrammeRuleViolation("photo", "programme.photo.tooLarge");
        }
        Speaker speaker = current(command);
        Optional<SpeakerPhoto> old = speaker.photo();
        SpeakerPhoto photo = photos.store(cleaner.clean(command.upload()));
        if (old.filter(photo::equals).isPresent()) {
            return photo;
        }
        speaker.replacePhoto(photo);
        speaker.withdrawConsent(ProfileField.PHOTO);
        store(speaker);
        old.ifPresent(photos::forgetIfUnused);
        return photo;
    }

    @Override
    public boolean removePhoto(RemoveSpeakerPhotoCommand command) {
        Speaker speaker = current(command);
        Optional<SpeakerPhoto> old = speaker.photo();
        if (old.isEmpty()) {
            return false;
        }
        speaker.removePhoto();
        store(speaker);
        photos.forgetIfUnused(old.get());
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Speaker> allSpeakers() {
        return speakers.findAll();
    }

    @Override
    @Transactional(readOnly = true)
    public Speaker speaker(SpeakerId id) {
        return speakers.findById(id).orElseThrow(UnknownSpeaker::new);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> photoPreview(SpeakerId id, String sha256) {
        return speakers.findById(id).flatMap(Speaker::photo)
                .filter(photo -> photo.sha256().equals(sha256))
                .flatMap(photos::find);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<byte[]> publicPhoto(SpeakerId id, String sha256) {
        return speakers.findById(id).flatMap(Speaker::publicProfile).flatMap(PublicProfile::photo)
                .filter(photo -> photo.sha256().equals(sha256))
                .flatMap(photos::find);
    }

    private Speaker current(SpeakerChange change) {
        Speaker speaker = speakers.findById(change.speaker()).orElseThrow(UnknownSpeaker::new);
        if (speaker.version() == null || speaker.version() != change.version()) {
            throw new StaleSpeaker();
        }
        return speaker;
    }

    private void store(Speaker speaker) {
        speakers.save(speaker);
        revision.bump();
    }
}
