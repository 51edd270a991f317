package org.defendersdays.conference.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.track}. */
@Table(schema = "conference", name = "track")
record TrackRow(@Id UUID id, UUID editionId, String name, String note, @Version Long version) {
}
