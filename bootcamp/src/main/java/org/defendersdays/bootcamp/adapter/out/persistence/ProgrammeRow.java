package org.defendersdays.bootcamp.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of {@code bootcamp.programme}. The version tells Spring Data JDBC insert from update: the
 * id is set before the first save, so without it a new programme would be "updated" and never written.
 * Languages and topics are PostgreSQL {@code text[]} columns.
 */
@Table(schema = "bootcamp", name = "programme")
record ProgrammeRow(@Id UUID id, String slug, String title, String summary, String format, int durationWeeks,
        String[] languages, String[] topics, String status, @Version Long version) {
}
