package org.defendersdays.community.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of {@code community.member_group}. The edition columns are {@code null} for groups that
 * are not about an edition. The version tells Spring Data JDBC insert from update.
 */
@Table(schema = "community", name = "member_group")
record GroupRow(@Id UUID id, String purpose, UUID editionId, Integer editionYear, Instant openedAt,
        String visibility, @Version Long version) {
}
