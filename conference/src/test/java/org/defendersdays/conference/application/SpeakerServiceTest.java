package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.defendersdays.conference.application.port.in.AddSpeakerCommand;
import org.defendersdays.conference.application.port.in.RecordConsentCommand;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReviseSpeakerCommand;
import org.defendersdays.conference.application.port.in.StaleSpeaker;
import org.defendersdays.conference.application.port.in.UnknownSpeaker;
import org.defendersdays.conference.application.port.in.WithdrawConsentCommand;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.SpeakerPhotos;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

/** The speaker use cases with in-memory ports: versions, consents, photos, the audit and the revision. */
class SpeakerServiceTest {

    private static final Instant NOW = Instant.parse("2030-03-02T10:15:00Z");

    private final PersonId organiser = PersonId.generate();
    private final InMemorySpeakers speakers = new InMemorySpeakers();
    private final InMemoryPhotos photos = new InMemoryPhotos();
    private final AtomicLong revision = new AtomicLong();
    private final List<AuditEntry> audited = new ArrayList<>();
    /** Stands in for the image adapter: "cleaned" bytes are the upload's, marked. */
    private final SpeakerService service = new SpeakerService(speakers, photos, upload -> {
        if (upload[0] != 'P') {
            throw new ProgrammeRuleViolation("photo", "programme.photo.notAnImage");
        }
        return ("clean:" + new String(upload)).getBytes();
    }, new PublicationRevision() {
        @Override
        public void bump() {
            revision.incrementAndGet();
        }

        @Override
        public long current() {
            return revision.get();
        }
    }, Clock.fixed(NOW, ZoneOffset.UTC));
    private final AuditedSpeakerAdministration administration = new AuditedSpeakerAdministration(service, service,
            service, service, service, service, audited::add);

    private static SpeakerProfile profile(String name) {
        return new SpeakerProfile(name, Optional.of("Works on digital security."), Optional.of("Safe Voices"));
    }

    private long version(SpeakerId id) {
        return service.speaker(id).version();
    }

    @Test
    void everyChangeIsAuditedWithCodesAndIdsOnlyAndBumpsThePublicationRevision() {
        SpeakerId id = administration.add(organiser, new AddSpeakerCommand(profile("Amina K.")));
        administration.revise(organiser, new ReviseSpeakerCommand(id, version(id), profile("Amina Kh.")));
        administration.recordConsent(organiser, new RecordConsentCommand(id, version(id), ProfileField.NAME,
                Optional.of("signed form, 2 March")));
        administration.replacePhoto(organiser, new ReplaceSpeakerPhotoCommand(id, version(id), "PNG...".getBytes()));
        administration.withdrawConsent(organiser, new WithdrawConsentCommand(id, version(id), ProfileField.NAME));
        administration.removePhoto(organiser, new RemoveSpeakerPhotoCommand(id, version(id)));

        assertThat(audited).extracting(AuditEntry::action).containsExactly("conference.speaker.added",
                "conference.speaker.revised", "conference.speaker.consentRecorded", "conference.speaker.photoReplaced",
                "conference.speaker.consentWithdrawn", "conference.speaker.photoRemoved");
        assertThat(audited).allSatisfy(entry -> {
            assertThat(entry.actor()).contains(organiser);
            assertThat(entry.targetType()).isEqualTo("speaker");
            assertThat(entry.targetId()).contains(id.toString());
            assertThat(entry.toString()).doesNotContain("Amina", "Safe Voices", "digital security", "signed form");
        });
        assertThat(audited.get(2).detail()).contains("NAME");
        assertThat(audited.get(4).detail()).contains("NAME");
        assertThat(revision.get()).isEqualTo(6);
    }

    @Test
    void aConsentIsRecordedWithWhenHowAndByWhichAdmin() {
        SpeakerId id = service.add(new AddSpeakerCommand(profile("Boris L.")));

        service.recordConsent(organiser, new RecordConsentCommand(id, version(id), ProfileField.BIO,
                Optional.of("signed form, 2 March")));

        assertThat(service.speaker(id).consents()).containsEntry(ProfileField.BIO,
                new Consent(NOW, organiser, Optional.of("signed form, 2 March")));
        assertThatThrownBy(() -> service.recordConsent(organiser, new RecordConsentCommand(id, version(id),
                ProfileField.NAME, Optional.of("x".repeat(201))))).isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("how"));
    }

    @Test
    void aChangeToAnOldVersionIsRefusedAndChangesNothing() {
        SpeakerId id = service.add(new AddSpeakerCommand(profile("Chen W.")));
        long seen = version(id);
        service.revise(new ReviseSpeakerCommand(id, seen, profile("Chen Wei")));
        long revisionBefore = revision.get();

        assertThatThrownBy(() -> service.revise(new ReviseSpeakerCommand(id, seen, profile("C. W."))))
                .isInstanceOf(StaleSpeaker.class);
        assertThatThrownBy(() -> service.recordConsent(organiser, new RecordConsentCommand(id, seen, ProfileField.NAME,
                Optional.empty()))).isInstanceOf(StaleSpeaker.class);
        assertThatThrownBy(() -> service.replacePhoto(new ReplaceSpeakerPhotoCommand(id, seen, "PNG".getBytes())))
                .isInstanceOf(StaleSpeaker.class);

        assertThat(service.speaker(id).profile().name()).isEqualTo("Chen Wei");
        assertThat(service.speaker(id).consents()).isEmpty();
        assertThat(photos.bytes).isEmpty();
        assertThat(revision.get()).isEqualTo(revisionBefore);
        assertThatThrownBy(() -> service.revise(new ReviseSpeakerCommand(SpeakerId.generate(), 0, profile("X"))))
                .isInstanceOf(UnknownSpeaker.class);
    }

    @Test
    void thePhotoIsPublicOnlyWithConsentToNameAndPhotoAndNotAfterAWithdrawal() {
        SpeakerId id = service.add(new AddSpeakerCommand(profile("Dana")));
        SpeakerPhoto photo = service.replacePhoto(new ReplaceSpeakerPhotoCommand(id, version(id), "PNG".getBytes()));

        assertThat(service.photoPreview(id, photo.sha256())).as("admins see it without consent").isPresent();
        assertThat(service.publicPhoto(id, photo.sha256())).as("no consent yet").isEmpty();
        service.recordConsent(organiser, new RecordConsentCommand(id, version(id), ProfileField.PHOTO, Optional.empty()));
        assertThat(service.publicPhoto(id, photo.sha256())).as("photo without name").isEmpty();
        service.recordConsent(organiser, new RecordConsentCommand(id, version(id), ProfileField.NAME, Optional.empty()));
        assertThat(service.publicPhoto(id, photo.sha256())).contains("clean:PNG".getBytes());
        assertThat(service.publicPhoto(id, "0".repeat(64))).as("another hash").isEmpty();

        service.withdrawConsent(new WithdrawConsentCommand(id, version(id), ProfileField.PHOTO));
        assertThat(service.publicPhoto(id, photo.sha256())).isEmpty();
    }

    @Test
    void aNewPhotoNeedsConsentAgainAndTheOldBytesAreDeleted() {
        SpeakerId id = service.add(new AddSpeakerCommand(profile("Eli")));
        SpeakerPhoto first = service.replacePhoto(new ReplaceSpeakerPhotoCommand(id, version(id), "PNG1".getBytes()));
        service.recordConsent(organiser, new RecordConsentCommand(id, version(id), ProfileField.PHOTO, Optional.empty()));

        SpeakerPhoto second = service.replacePhoto(new ReplaceSpeakerPhotoCommand(id, version(id), "PNG2".getBytes()));

        assertThat(service.speaker(id).photo()).contains(second);
        assertThat(service.speaker(id).consents()).doesNotContainKey(ProfileField.PHOTO);
        assertThat(photos.bytes).containsOnlyKeys(second.sha256()).doesNotContainKey(first.sha256());

        assertThat(service.removePhoto(new RemoveSpeakerPhotoCommand(id, version(id)))).isTrue();
        assertThat(service.speaker(id).photo()).isEmpty();
        assertThat(photos.bytes).isEmpty();
        assertThat(service.removePhoto(new RemoveSpeakerPhotoCommand(id, version(id)))).isFalse();
    }

    @Test
    void anUploadThatIsEmptyTooLargeOrNotAPictureIsRefusedAndNothingIsKept() {
        SpeakerId id = service.add(new AddSpeakerCommand(profile("Farah")));
        long seen = version(id);

        assertPhotoRefused(new ReplaceSpeakerPhotoCommand(id, seen, new byte[0]), "programme.photo.missing");
        assertPhotoRefused(new ReplaceSpeakerPhotoCommand(id, seen,
                new byte[ReplaceSpeakerPhotoCommand.MAX_UPLOAD_BYTES + 1]), "programme.photo.tooLarge");
        assertPhotoRefused(new ReplaceSpeakerPhotoCommand(id, seen, "GIF89a".getBytes()), "programme.photo.notAnImage");

        assertThat(service.speaker(id).photo()).isEmpty();
        assertThat(photos.bytes).isEmpty();
    }

    private void assertPhotoRefused(ReplaceSpeakerPhotoCommand command, String key) {
        assertThatThrownBy(() -> administration.replacePhoto(organiser, command))
                .isInstanceOfSatisfying(ProgrammeRuleViolation.class,
                        violation -> assertThat(violation.messageKey()).isEqualTo(key));
        assertThat(audited).extracting(AuditEntry::action).doesNotContain("conference.speaker.photoReplaced");
    }

    /** Keeps speakers as the JDBC adapter does: a copy per save, the version counting up. */
    static final class InMemorySpeakers implements Speakers {

        private final Map<SpeakerId, Speaker> stored = new HashMap<>();

        @Override
        public Speaker save(Speaker speaker) {
            Long next = speaker.version() == null ? 0L : speaker.version() + 1;
            Speaker copy = Speaker.rehydrate(speaker.id(), speaker.profile(), speaker.photo(), speaker.consents(), next);
            stored.put(speaker.id(), copy);
            return copy;
        }

        @Override
        public Optional<Speaker> findById(SpeakerId id) {
            return Optional.ofNullable(stored.get(id)).map(speaker -> Speaker.rehydrate(speaker.id(),
                    speaker.profile(), speaker.photo(), speaker.consents(), speaker.version()));
        }

        @Override
        public Map<SpeakerId, Speaker> findByIds(Collection<SpeakerId> ids) {
            Map<SpeakerId, Speaker> found = new HashMap<>();
            ids.forEach(id -> findById(id).ifPresent(speaker -> found.put(id, speaker)));
            return found;
        }

        @Override
        public List<Speaker> findAll() {
            return stored.values().stream().sorted(Comparator.comparing(speaker -> speaker.profile().name())).toList();
        }

        boolean hasPhoto(SpeakerPhoto photo) {
            return stored.values().stream().anyMatch(speaker -> speaker.photo().filter(photo::equals).isPresent());
        }
    }

    /** Photos by a made-up hash of their bytes. */
    final class InMemoryPhotos implements SpeakerPhotos {

        final Map<String, byte[]> bytes = new HashMap<>();

        @Override
        public SpeakerPhoto store(byte[] jpeg) {
            String hash = String.format("%064x", new java.math.BigInteger(1, jpeg));
            SpeakerPhoto photo = new SpeakerPhoto(hash.substring(hash.length() - 64));
            bytes.put(photo.sha256(), jpeg);
            return photo;
        }

        @Override
        public Optional<byte[]> find(SpeakerPhoto photo) {
            return Optional.ofNullable(bytes.get(photo.sha256()));
        }

        @Override
        public void forgetIfUnused(SpeakerPhoto photo) {
            if (!speakers.hasPhoto(photo)) {
                bytes.remove(photo.sha256());
            }
        }
    }
}
