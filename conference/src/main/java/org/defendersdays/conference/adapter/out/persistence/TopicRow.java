package org.defendersdays.conference.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.topic}: the catalogue of topics. */
@Table(schema = "conference", name = "topic")
record TopicRow(@Id String slug, String name, @Version Long version) {
}
