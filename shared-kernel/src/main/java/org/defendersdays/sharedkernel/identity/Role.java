package org.defendersdays.sharedkernel.identity;

/**
 * What a person may do on the platform. Every verified account is a member; the other roles are
 * granted by a platform admin. Module-level admin roles reach only their own module.
 */
public enum Role {
    /** Every verified account. */
    MEMBER,
    /** Runs bootcamp and conference trainings. */
    TRAINER,
    /** Scores conference applications (blind). */
    REVIEWER,
    /** Manages the conference module. */
    CONFERENCE_ADMIN,
    /** Manages the bootcamp module. */
    BOOTCAMP_ADMIN,
    /** Looks after the community module. */
    COMMUNITY_MODERATOR,
    /** Manages accounts and roles, and reads the audit log. */
    PLATFORM_ADMIN;

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Roles that open the back office; they require a second factor. Reviewers are among them: they
     * read the applications of people at risk (decision 9).
     */
    public boolean isAdministrative() {
        return this == REVIEWER || this == CONFERENCE_ADMIN || this == BOOTCAMP_ADMIN || this == COMMUNITY_MODERATOR
                || this == PLATFORM_ADMIN;
    }
}
