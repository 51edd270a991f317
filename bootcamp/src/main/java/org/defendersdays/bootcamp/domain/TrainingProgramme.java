package org.defendersdays.bootcamp.domain;

import java.util.Objects;

import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A remote training programme of the bootcamp, such as digital security foundations for human
 * rights defenders.
 *
 * <p>A programme starts as a draft, is published into the public catalogue, and is retired when it
 * is no longer offered. Its slug is fixed at creation, so its public address never changes.
 */
public class TrainingProgramme implements AggregateRoot<TrainingProgramme, ProgrammeId> {

    private final ProgrammeId id;
    private final ProgrammeSlug slug;
    private ProgrammeOutline outline;
    private ProgrammeStatus status;
    private final Long version;

    private TrainingProgramme(ProgrammeId id, ProgrammeSlug slug, ProgrammeOutline outline, ProgrammeStatus status,
            Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.slug = Objects.requireNonNull(slug, "slug");
        this.outline = Objects.requireNonNull(outline, "outline");
        this.status = Objects.requireNonNull(status, "status");
        this.version = version;
    }

    /** A new programme, in draft until it is published. */
    public static TrainingProgramme draft(ProgrammeId id, ProgrammeSlug slug, ProgrammeOutline outline) {
        return new TrainingProgramme(id, slug, outline, ProgrammeStatus.DRAFT, null);
    }

    /** Rebuilds a stored programme; persistence adapters only. */
    public static TrainingProgramme rehydrate(ProgrammeId id, ProgrammeSlug slug, ProgrammeOutline outline,
            ProgrammeStatus status, Long version) {
        return new TrainingProgramme(id, slug, outline, status, version);
    }

    /**
     * Puts the programme into the public catalogue. Publishing a published programme changes nothing;
     * a retired programme stays retired.
     *
     * @return whether this call published it
     */
    public boolean publish() {
        if (status == ProgrammeStatus.PUBLISHED) {
            return false;
        }
        if (status == ProgrammeStatus.RETIRED) {
            throw new ProgrammeRuleViolation("bootcamp.error.status.retiredCannotBePublished");
        }
        status = ProgrammeStatus.PUBLISHED;
        return true;
    }

    /** Replaces what the programme teaches and how; its slug, and so its address, stays. */
    public void revise(ProgrammeOutline revised) {
        this.outline = Objects.requireNonNull(revised, "revised");
    }

    /** Takes the programme out of the catalogue for good (a draft may be retired without ever running). */
    public void retire() {
        status = ProgrammeStatus.RETIRED;
    }

    public boolean isInCatalogue() {
        return status.isInCatalogue();
    }

    @Override
    public ProgrammeId getId() {
        return id;
    }

    public ProgrammeId id() {
        return id;
    }

    public ProgrammeSlug slug() {
        return slug;
    }

    public ProgrammeOutline outline() {
        return outline;
    }

    public ProgrammeStatus status() {
        return status;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
