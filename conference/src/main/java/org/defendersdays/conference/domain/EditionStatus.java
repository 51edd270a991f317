package org.defendersdays.conference.domain;

/**
 * Where an edition stands. Every edition but a draft is public; its agenda is public once the
 * programme is published, and stays so when the edition is archived.
 */
public enum EditionStatus {
    /** Being prepared by the organisers; not visible to the public. */
    DRAFT,
    /** Public and upcoming (or under way). */
    ANNOUNCED,
    /** Public, with its programme (agenda) published. */
    PROGRAMME_PUBLISHED,
    /** Public and over: kept as part of the conference's history. */
    ARCHIVED;

    public boolean isPublic() {
        return this != DRAFT;
    }

    /** Whether the edition's agenda may be shown to the public. */
    public boolean showsAgenda() {
        return this == PROGRAMME_PUBLISHED || this == ARCHIVED;
    }

    /** Whether the edition is still ahead (or under way), as opposed to archived. */
    public boolean isUpcoming() {
        return this == ANNOUNCED || this == PROGRAMME_PUBLISHED;
    }
}
