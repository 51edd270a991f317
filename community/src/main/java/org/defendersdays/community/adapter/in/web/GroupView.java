package org.defendersdays.community.adapter.in.web;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the group pages show of one group: what it is and since when, never who belongs to it.
 * {@code editionYear} is {@code null} for groups that are not about an edition.
 */
record GroupView(UUID id, String purpose, Integer editionYear, LocalDate openedOn, String visibility) {
}
