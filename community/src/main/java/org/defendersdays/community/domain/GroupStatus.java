package org.defendersdays.community.domain;

/**
 * Where a group stands. Only a published group is seen outside the back office; a draft is being
 * prepared by moderators, an archived group is no longer shown (its history is kept).
 */
public enum GroupStatus {
    /** Prepared by moderators, seen only in the back office. */
    DRAFT,
    /** Public: anyone sees that the group exists and what it is about, never who belongs to it. */
    PUBLISHED,
    /** Taken off the public pages by a moderator; kept, and seen only in the back office. */
    ARCHIVED
}
