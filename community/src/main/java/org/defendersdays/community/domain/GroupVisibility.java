package org.defendersdays.community.domain;

/**
 * Who may see who belongs to a group. Defenders at risk can be endangered by being seen together,
 * so the list of members is never public: only the group's existence is.
 */
public enum GroupVisibility {
    /** Only the group's own members see who belongs to it. The default, and for now the only choice. */
    MEMBERS_ONLY
}
