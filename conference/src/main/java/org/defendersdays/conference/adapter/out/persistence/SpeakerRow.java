package org.defendersdays.conference.adapter.out.persistence;

import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.speaker}, with its consents as an owned collection. */
@Table(schema = "conference", name = "speaker")
record SpeakerRow(@Id UUID id, String name, String bio, String organisation, String photoSha256,
        @MappedCollection(idColumn = "speaker_id") Set<SpeakerConsentRow> consents, @Version Long version) {
}
