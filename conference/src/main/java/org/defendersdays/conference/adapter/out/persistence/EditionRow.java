package org.defendersdays.conference.adapter.out.persistence;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.edition}. The version tells Spring Data JDBC insert from update. */
@Table(schema = "conference", name = "edition")
record EditionRow(@Id UUID id, int year, LocalDate startDate, LocalDate endDate, String city, String venue,
        String theme, String status, Integer participants, Integer countries, String[] topics,
        String[] languages, @Version Long version) {
}
