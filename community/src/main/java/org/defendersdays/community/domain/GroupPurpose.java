package org.defendersdays.community.domain;

/**
 * Why a group exists. Each purpose says whether a group of that kind belongs to a conference
 * edition; groups around a topic (digital security, well-being...) will come later.
 */
public enum GroupPurpose {
    /** The defenders accepted to one edition of the conference, staying in touch around it. */
    EDITION_PARTICIPANTS(true);

    private final boolean aboutAnEdition;

    GroupPurpose(boolean aboutAnEdition) {
        this.aboutAnEdition = aboutAnEdition;
    }

    /** Whether a group of this kind exists for exactly one edition, and must say which. */
    public boolean isAboutAnEdition() {
        return aboutAnEdition;
    }
}
