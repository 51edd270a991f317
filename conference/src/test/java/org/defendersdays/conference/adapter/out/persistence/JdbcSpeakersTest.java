package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.PublicProfile;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;

/** The speaker store against the real PostgreSQL: profiles, photos and consents, round trip. */
@SpringBootTest
class JdbcSpeakersTest {

    private static final Instant GIVEN = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    JdbcSpeakers speakers;

    private static Speaker speaker(String name) {
        return Speaker.add(SpeakerId.generate(), new SpeakerProfile(name, Optional.of("Line one.\nLine two."),
                Optional.of("Safe Voices")));
    }

    @Test
    void keepsProfilePhotoAndEachConsent() {
        Speaker speaker = speaker("Amina K.");
        speaker.replacePhoto(new SpeakerPhoto("b".repeat(64)));
        PersonId admin = PersonId.generate();
        speaker.recordConsent(ProfileField.NAME, new Consent(GIVEN, admin, Optional.of("signed form")));
        speaker.recordConsent(ProfileField.PHOTO, new Consent(GIVEN, admin, Optional.empty()));
        Speaker stored = speakers.save(speaker);

        Speaker found = speakers.findById(speaker.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(stored.version()).isNotNull();
        assertThat(found.profile()).isEqualTo(speaker.profile());
        assertThat(found.consents()).isEqualTo(speaker.consents());
        assertThat(found.publicProfile()).contains(new PublicProfile(speaker.id(), "Amina K.", Optional.empty(),
                Optional.empty(), Optional.of(new SpeakerPhoto("b".repeat(64)))));
    }

    @Test
    void aWithdrawnConsentIsGoneWhenStored() {
        Speaker speaker = speaker("Boris L.");
        speaker.recordConsent(ProfileField.NAME, new Consent(GIVEN, PersonId.generate(), Optional.empty()));
        Speaker stored = speakers.save(speaker);
        stored.withdrawConsent(ProfileField.NAME);
        speakers.save(stored);
        assertThat(speakers.findById(speaker.id()).orElseThrow().publicProfile()).isEmpty();
    }

    @Test
    void aStaleCopyCannotOverwriteANewerOne() {
        Speaker stored = speakers.save(speaker("Chen W."));
        Speaker first = speakers.findById(stored.id()).orElseThrow();
        Speaker second = speakers.findById(stored.id()).orElseThrow();
        first.revise(new SpeakerProfile("Chen Wei", Optional.empty(), Optional.empty()));
        speakers.save(first);
        second.revise(new SpeakerProfile("C. W.", Optional.empty(), Optional.empty()));
        assertThatThrownBy(() -> speakers.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(speakers.findById(stored.id()).orElseThrow().profile().name()).isEqualTo("Chen Wei");
    }

    @Test
    void findsSeveralByIdLeavingOutUnknownOnes() {
        Speaker one = speakers.save(speaker("Dana"));
        Speaker two = speakers.save(speaker("Eli"));
        assertThat(speakers.findByIds(List.of(one.id(), two.id(), SpeakerId.generate())))
                .containsOnlyKeys(one.id(), two.id());
        assertThat(speakers.findByIds(List.of())).isEmpty();
        assertThat(speakers.findAll()).extracting(Speaker::id).contains(one.id(), two.id());
    }
}
