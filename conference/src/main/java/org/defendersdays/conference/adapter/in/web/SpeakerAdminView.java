package org.defendersdays.conference.adapter.in.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.PublicProfile;
import org.defendersdays.conference.domain.programme.Speaker;

/**
 * One speaker as the back office shows them: what is known, each field's consent, and exactly what
 * the public sees now (the domain's {@link PublicProfile}, nothing added).
 */
record SpeakerAdminView(String id, long version, String name, List<String> publicFields,
        Optional<String> photoSha256, List<ConsentLine> consents, Optional<Preview> preview) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** One field's consent: recorded (when, how, by which admin's id) or not. */
    record ConsentLine(String field, boolean given, String when, String whenIso, String how, String recordedBy) {
    }

    /** What the public sees: the name, and the other fields only where consented to. */
    record Preview(String name, Optional<String> organisation, List<String> bioParagraphs, Optional<String> photoUrl) {
    }

    static SpeakerAdminView of(Speaker speaker) {
        List<ConsentLine> consents = Arrays.stream(ProfileField.values())
                .map(field -> line(field, Optional.ofNullable(speaker.consents().get(field))))
                .toList();
        Optional<PublicProfile> shown = speaker.publicProfile();
        return new SpeakerAdminView(speaker.id().toString(), speaker.version() == null ? 0 : speaker.version(),
                speaker.profile().name(), shown.map(SpeakerAdminView::fieldsOf).orElse(List.of()),
                speaker.photo().map(photo -> photo.sha256()), consents, shown.map(SpeakerAdminView::preview));
    }

    private static ConsentLine line(ProfileField field, Optional<Consent> consent) {
        return new ConsentLine(field.name(), consent.isPresent(),
                consent.map(given -> WHEN.format(given.givenAt())).orElse(""),
                consent.map(given -> given.givenAt().toString()).orElse(""),
                consent.flatMap(Consent::how).orElse(""),
                consent.map(given -> given.recordedBy().value().toString()).orElse(""));
    }

    private static List<String> fieldsOf(PublicProfile profile) {
        List<String> fields = new ArrayList<>(List.of(ProfileField.NAME.name()));
        profile.bio().ifPresent(bio -> fields.add(ProfileField.BIO.name()));
        profile.organisation().ifPresent(organisation -> fields.add(ProfileField.ORGANISATION.name()));
        profile.photo().ifPresent(photo -> fields.add(ProfileField.PHOTO.name()));
        return fields;
    }

    private static Preview preview(PublicProfile profile) {
        return new Preview(profile.name(), profile.organisation(),
                profile.bio().map(bio -> Arrays.stream(bio.split("\n+")).filter(line -> !line.isBlank()).toList())
                        .orElse(List.of()),
                profile.photo().map(photo -> SpeakerPhotoController.publicUrl(profile.id(), photo)));
    }
}
