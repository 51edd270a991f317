package org.defendersdays.conference.adapter.out.persistence;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.conference.domain.programme.Consent;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerPhoto;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Translates between the speaker aggregate and its rows; stored speakers are rebuilt through
 * {@link Speaker#rehydrate}, so stored data passes the same checks as new data.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR, imports = SpeakerPhoto.class)
interface SpeakerRowMapper {

    @Mapping(target = "id", expression = "java(speaker.id().value())")
    @Mapping(target = "name", expression = "java(speaker.profile().name())")
    @Mapping(target = "bio", expression = "java(speaker.profile().bio().orElse(null))")
    @Mapping(target = "organisation", expression = "java(speaker.profile().organisation().orElse(null))")
    @Mapping(target = "photoSha256", expression = "java(speaker.photo().map(SpeakerPhoto::sha256).orElse(null))")
    @Mapping(target = "consents", expression = "java(toRows(speaker.consents()))")
    @Mapping(target = "version", expression = "java(speaker.version())")
    SpeakerRow toRow(Speaker speaker);

    default Speaker toDomain(SpeakerRow row) {
        Map<ProfileField, Consent> consents = new EnumMap<>(ProfileField.class);
        row.consents().forEach(consent -> consents.put(ProfileField.valueOf(consent.field()),
                new Consent(consent.givenAt(), new PersonId(consent.recordedBy()), Optional.ofNullable(consent.how()))));
        return Speaker.rehydrate(new SpeakerId(row.id()),
                new SpeakerProfile(row.name(), Optional.ofNullable(row.bio()), Optional.ofNullable(row.organisation())),
                Optional.ofNullable(row.photoSha256()).map(SpeakerPhoto::new), consents, row.version());
    }

    default Set<SpeakerConsentRow> toRows(Map<ProfileField, Consent> consents) {
        return consents.entrySet().stream()
                .map(entry -> new SpeakerConsentRow(entry.getKey().name(), entry.getValue().givenAt(),
                        entry.getValue().recordedBy().value(), entry.getValue().how().orElse(null)))
                .collect(Collectors.toSet());
    }
}
