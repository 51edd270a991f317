package org.defendersdays.conference.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    private static final Consent GIVEN = new Consent(Instant.parse("2018-03-01T10:00:00Z"), PersonId.generate(),
            Optional.of("signed form"));
    private static final SpeakerPhoto PHOTO = new SpeakerPhoto("a".repeat(64));

    private static Speaker amina() {
        Speaker speaker = Speaker.add(SpeakerId.generate(), new SpeakerProfile("Amina K.",
                Optional.of("Trainer in digital security."), Optional.of("Safe Voices")));
        speaker.replacePhoto(PHOTO);
        return speaker;
    }

    @Test
    void withoutConsentNobodyIsShown() {
        Speaker speaker = amina();
        assertThat(speaker.publicProfile()).isEmpty();
        Contributor named = new Contributor(speaker.id(), ContributionRole.TRAINER, false);
        assertThat(speaker.nameOn(named)).as("name withheld").isEmpty();
    }

    @Test
    void eachFieldIsShownOnlyWithItsOwnConsent() {
        Speaker speaker = amina();
        speaker.recordConsent(ProfileField.NAME, GIVEN);
        assertThat(speaker.publicProfile()).contains(new PublicProfile(speaker.id(), "Amina K.", Optional.empty(),
                Optional.empty(), Optional.empty()));
        speaker.recordConsent(ProfileField.ORGANISATION, GIVEN);
        speaker.recordConsent(ProfileField.PHOTO, GIVEN);
        assertThat(speaker.publicProfile()).contains(new PublicProfile(speaker.id(), "Amina K.", Optional.empty(),
                Optional.of("Safe Voices"), Optional.of(PHOTO)));
    }

    @Test
    void aParticipantMarkedHighRiskIsShownNowhereWhateverTheConsents() {
        Speaker speaker = amina();
        for (ProfileField field : ProfileField.values()) {
            speaker.recordConsent(field, GIVEN);
        }
        Contributor named = new Contributor(speaker.id(), ContributionRole.TRAINER, false);
        assertThat(speaker.nameOn(named)).contains("Amina K.");

        speaker.shieldAsAtRisk();

        assertThat(speaker.shieldedAsAtRisk()).isTrue();
        assertThat(speaker.publicProfile()).isEmpty();
        assertThat(speaker.nameOn(named)).as("name withheld").isEmpty();
        assertThat(speaker.consents()).as("the consents themselves are kept").hasSize(ProfileField.values().length);
    }

    @Test
    void consentToOtherFieldsShowsNothingWithoutTheName() {
        Speaker speaker = amina();
        speaker.recordConsent(ProfileField.BIO, GIVEN);
        speaker.recordConsent(ProfileField.PHOTO, GIVEN);
        assertThat(speaker.publicProfile()).isEmpty();
    }

    @Test
    void withdrawingTakesEffectAtOnce() {
        Speaker speaker = amina();
        speaker.recordConsent(ProfileField.NAME, GIVEN);
        speaker.recordConsent(ProfileField.BIO, GIVEN);
        assertThat(speaker.withdrawConsent(ProfileField.BIO)).isTrue();
        assertThat(speaker.publicProfile().orElseThrow().bio()).isEmpty();
        assertThat(speaker.withdrawConsent(ProfileField.NAME)).isTrue();
        assertThat(speaker.publicProfile()).isEmpty();
        assertThat(speaker.withdrawConsent(ProfileField.NAME)).isFalse();
    }

    @Test
    void aSessionCanWithholdAConsentingPersonsName() {
        Speaker speaker = amina();
        speaker.recordConsent(ProfileField.NAME, GIVEN);
        assertThat(speaker.nameOn(new Contributor(speaker.id(), ContributionRole.PANELLIST, false)))
                .contains("Amina K.");
        assertThat(speaker.nameOn(new Contributor(speaker.id(), ContributionRole.PANELLIST, true))).isEmpty();
    }

    @Test
    void removingThePhotoAlsoDropsItsConsent() {
        Speaker speaker = amina();
        speaker.recordConsent(ProfileField.PHOTO, GIVEN);
        speaker.removePhoto();
        assertThat(speaker.photo()).isEmpty();
        assertThat(speaker.consents()).doesNotContainKey(ProfileField.PHOTO);
    }
}
