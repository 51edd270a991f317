package org.defendersdays.community.domain;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Points at an edition of the conference, which the conference module owns: an identifier, never
 * the edition itself, plus its year so groups can be named without asking the conference back.
 *
 * <p>The year range is the one the published {@code ConferenceEditionAnnounced} event guarantees,
 * so no announcement the conference can make is ever refused here.
 *
 * @param editionId the edition's identifier in the conference module
 * @param year the edition's year
 */
public record EditionReference(UUID editionId, int year) implements ValueObject {

    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2200;

    public EditionReference {
        Objects.requireNonNull(editionId, "editionId");
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            throw new GroupRuleViolation("group.edition.yearOutOfRange");
        }
    }
}
