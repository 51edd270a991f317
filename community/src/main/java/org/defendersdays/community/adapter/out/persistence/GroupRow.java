package org.defendersdays.community.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One row of {@code community.member_group}. The edition columns are {@code null} for groups that
 * are not about an edition; name and description are {@code null} for edition groups. The version
 * tells Spring Data JDBC insert from update, and refuses an update made to a stale copy.
 */
@Table(schema = "community", name = "member_group")
record GroupRow(@Id UUID id, String purpose, UUID editionId, Integer editionYear, String name, String description,
        Instant openedAt, String visibility, String status, @Version Long version) {
}
