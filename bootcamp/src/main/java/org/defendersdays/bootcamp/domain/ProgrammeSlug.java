package org.defendersdays.bootcamp.domain;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The key of a programme in its public address ({@code /bootcamp/programmes/<slug>}), such as
 * {@code digital-security-foundations}. Unique among programmes and fixed once created, so links
 * shared between defenders keep working.
 */
public record ProgrammeSlug(String value) implements ValueObject {

    public ProgrammeSlug {
        if (!isWellFormed(value)) {
            throw new ProgrammeRuleViolation("bootcamp.error.slug.invalid");
        }
    }

    /** Lets adapters turn malformed input away before asking for a programme. */
    public static boolean isWellFormed(String candidate) {
        return Slugs.isWellFormed(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
