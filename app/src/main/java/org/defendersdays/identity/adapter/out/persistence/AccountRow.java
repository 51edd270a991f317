package org.defendersdays.identity.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code identity.account}. */
@Table(schema = "identity", name = "account")
record AccountRow(@Id UUID id, String email, String displayName, String passwordHash, String status, String[] roles,
        Instant registeredAt, @Version Long version) {
}
