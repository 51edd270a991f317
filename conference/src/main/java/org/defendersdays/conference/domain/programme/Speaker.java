package org.defendersdays.conference.domain.programme;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A trainer, panellist or speaker. Their profile is shown field by field, each only with a recorded
 * consent; without consent to the name they are not shown at all. Consent can be withdrawn at any
 * time, and what the public sees follows at once (public pages ask {@link #publicProfile()} every
 * time, and nothing public is cached without revalidation).
 */
public class Speaker implements AggregateRoot<Speaker, SpeakerId> {

    private final SpeakerId id;
    private SpeakerProfile profile;
    private Optional<SpeakerPhoto> photo;
    private final EnumMap<ProfileField, Consent> consents;
    private final Long version;
    private boolean shieldedAsAtRisk;

    private Speaker(SpeakerId id, SpeakerProfile profile, Optional<SpeakerPhoto> photo,
            Map<ProfileField, Consent> consents, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.photo = photo == null ? Optional.empty() : photo;
        this.consents = consents.isEmpty() ? new EnumMap<>(ProfileField.class) : new EnumMap<>(consents);
        this.version = version;
    }

    /** A new speaker, shown nowhere until consents are recorded. */
    public static Speaker add(SpeakerId id, SpeakerProfile profile) {
        return new Speaker(id, profile, Optional.empty(), Map.of(), null);
    }

    /** Rebuilds a stored speaker; persistence adapters only. */
    public static Speaker rehydrate(SpeakerId id, SpeakerProfile profile, Optional<SpeakerPhoto> photo,
            Map<ProfileField, Consent> consents, Long version) {
        return new Speaker(id, profile, photo, consents, version);
    }

    public void revise(SpeakerProfile revised) {
        this.profile = Objects.requireNonNull(revised, "revised");
    }

    public void replacePhoto(SpeakerPhoto newPhoto) {
        this.photo = Optional.of(Objects.requireNonNull(newPhoto, "newPhoto"));
    }

    /** Removes the photo itself (and with it any reason to keep consent to show it). */
    public void removePhoto() {
        this.photo = Optional.empty();
        consents.remove(ProfileField.PHOTO);
    }

    /** Records the person's consent to show one field; recording it again replaces the record. */
    public void recordConsent(ProfileField field, Consent consent) {
        consents.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(consent, "consent"));
    }

    /**
     * The person withdrew consent to one field; withdrawing the name hides them entirely.
     *
     * @return whether there was a consent to withdraw
     */
    public boolean withdrawConsent(ProfileField field) {
        return consents.remove(Objects.requireNonNull(field, "field")) != null;
    }

    /**
     * The person also takes part in an edition and a conference admin marked them high risk: they
     * are shown nowhere as a speaker, whatever they consented to. Not stored with the speaker; the
     * persistence adapter applies it each time it loads one.
     */
    public void shieldAsAtRisk() {
        this.shieldedAsAtRisk = true;
    }

    public boolean shieldedAsAtRisk() {
        return shieldedAsAtRisk;
    }

    /**
     * What the public may see now; empty unless the person consented to their name being shown, and
     * always empty for a participant marked high risk.
     */
    public Optional<PublicProfile> publicProfile() {
        if (shieldedAsAtRisk || !consents.containsKey(ProfileField.NAME)) {
            return Optional.empty();
        }
        return Optional.of(new PublicProfile(id, profile.name(),
                profile.bio().filter(bio -> consents.containsKey(ProfileField.BIO)),
                profile.organisation().filter(organisation -> consents.containsKey(ProfileField.ORGANISATION)),
                photo.filter(shown -> consents.containsKey(ProfileField.PHOTO))));
    }

    /** The name a session shows for this person as a contributor, or empty for "name withheld". */
    public Optional<String> nameOn(Contributor contribution) {
        if (!contribution.speaker().equals(id)) {
            throw new IllegalArgumentException("another person's contribution");
        }
        return contribution.nameWithheld() ? Optional.empty() : publicProfile().map(PublicProfile::name);
    }

    @Override
    public SpeakerId getId() {
        return id;
    }

    public SpeakerId id() {
        return id;
    }

    public SpeakerProfile profile() {
        return profile;
    }

    public Optional<SpeakerPhoto> photo() {
        return photo;
    }

    public Map<ProfileField, Consent> consents() {
        return Collections.unmodifiableMap(consents);
    }

    public Long version() {
        return version;
    }
}
