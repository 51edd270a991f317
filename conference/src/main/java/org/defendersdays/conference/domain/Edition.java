package org.defendersdays.conference.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * One edition of the Defenders' Days conference (annual 2013-2016, every second year since).
 *
 * <p>An edition starts as a draft, is announced to the public, and is archived once it is over.
 * Its year is fixed at creation; its facts can be corrected at any time.
 */
public class Edition implements AggregateRoot<Edition, EditionId> {

    public static final int FIRST_YEAR = 2013;

    private final EditionId id;
    private final int year;
    private EditionFacts facts;
    private EditionStatus status;
    private final Long version;

    private Edition(EditionId id, int year, EditionFacts facts, EditionStatus status, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.facts = Objects.requireNonNull(facts, "facts");
        this.status = Objects.requireNonNull(status, "status");
        if (year < FIRST_YEAR || year > 2200) {
            throw new EditionRuleViolation("edition.year.outOfRange");
        }
        this.year = year;
        checkDatesInYear(facts);
        this.version = version;
    }

    /** A new edition, in draft until it is announced. */
    public static Edition draft(EditionId id, int year, EditionFacts facts) {
        return new Edition(id, year, facts, EditionStatus.DRAFT, null);
    }

    /** Rebuilds a stored edition; persistence adapters only. */
    public static Edition rehydrate(EditionId id, int year, EditionFacts facts, EditionStatus status, Long version) {
        return new Edition(id, year, facts, status, version);
    }

    /**
     * Makes the edition public. Announcing an announced edition changes nothing.
     *
     * @return whether this call announced it (so the announcement is told to others exactly once)
     */
    public boolean announce() {
        if (status == EditionStatus.ANNOUNCED || status == EditionStatus.PROGRAMME_PUBLISHED) {
            return false;
        }
        if (status == EditionStatus.ARCHIVED) {
            throw new EditionRuleViolation("edition.status.archivedCannotBeAnnounced");
        }
        status = EditionStatus.ANNOUNCED;
        return true;
    }

    /**
     * Publishes the edition's programme: its agenda becomes public. Only an announced edition with
     * dates can publish one; publishing it again changes nothing.
     *
     * @return whether this call published it
     */
    public boolean publishProgramme() {
        if (status == EditionStatus.PROGRAMME_PUBLISHED) {
            return false;
        }
        if (status != EditionStatus.ANNOUNCED) {
            throw new EditionRuleViolation("edition.status.programmeNeedsAnnouncedEdition");
        }
        if (facts.dates().isEmpty()) {
            throw new EditionRuleViolation("edition.programme.datesRequired");
        }
        status = EditionStatus.PROGRAMME_PUBLISHED;
        return true;
    }

    /** Files a held edition away as part of the conference's history. */
    public void archive() {
        if (status == EditionStatus.DRAFT) {
            throw new EditionRuleViolation("edition.status.draftCannotBeArchived");
        }
        status = EditionStatus.ARCHIVED;
    }

    /**
     * Corrects what is known about the edition. A published programme needs its days, so they
     * cannot be removed once it is published.
     */
    public void correct(EditionFacts corrected) {
        checkDatesInYear(corrected);
        if (status.showsAgenda() && corrected.dates().isEmpty()) {
            throw new EditionRuleViolation("edition.programme.datesRequired");
        }
        this.facts = corrected;
    }

    private void checkDatesInYear(EditionFacts candidate) {
        if (candidate.dates().filter(dates -> !dates.liesIn(year)).isPresent()) {
            throw new EditionRuleViolation("edition.dates.notInYear");
        }
    }

    @Override
    public EditionId getId() {
        return id;
    }

    public EditionId id() {
        return id;
    }

    public int year() {
        return year;
    }

    public EditionFacts facts() {
        return facts;
    }

    public EditionStatus status() {
        return status;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }

    public boolean isPublic() {
        return status.isPublic();
    }
}
