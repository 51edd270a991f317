package org.defendersdays.conference.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** One row of {@code conference.speaker_consent}: the recorded consent to show one profile field. */
@Table(schema = "conference", name = "speaker_consent")
record SpeakerConsentRow(String field, Instant givenAt, UUID recordedBy, String how) {
}
