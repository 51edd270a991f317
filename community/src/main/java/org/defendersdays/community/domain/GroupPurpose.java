package org.defendersdays.community.domain;

/**
 * Why a group exists. Each purpose says whether a group of that kind belongs to a conference
 * edition (and is then named after it) or is described by the moderators who create it.
 */
public enum GroupPurpose {
    /** The defenders accepted to one edition of the conference, staying in touch around it. */
    EDITION_PARTICIPANTS(true),
    /** Defenders around a topic (digital security, well-being...), created and described by moderators. */
    TOPIC(false);

    private final boolean aboutAnEdition;

    GroupPurpose(boolean aboutAnEdition) {
        this.aboutAnEdition = aboutAnEdition;
    }

    /**
     * Whether a group of this kind exists for exactly one edition, and must say which. Such a group
     * is named after its edition; any other group carries a {@link GroupProfile} instead.
     */
    public boolean isAboutAnEdition() {
        return aboutAnEdition;
    }
}
