package org.defendersdays.conference.adapter.out.persistence;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.session_contributor}: who leads or speaks in a session, and how. */
@Table(schema = "conference", name = "session_contributor")
record ContributorRow(UUID speakerId, String role, boolean nameWithheld) {
}
