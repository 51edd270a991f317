package org.defendersdays.conference.adapter.out.persistence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.programme_session}, with its contributors in their order. */
@Table(schema = "conference", name = "programme_session")
record SessionRow(@Id UUID id, UUID editionId, String type, String title, String description, LocalDate day,
        LocalTime startTime, LocalTime endTime, UUID roomId, UUID trackId, String[] topics, Integer seats,
        String language, String[] interpretation, boolean chathamHouseRule, @Column("continues") UUID continues,
        @MappedCollection(idColumn = "session_id", keyColumn = "position") List<ContributorRow> contributors,
        @Version Long version) {
}
