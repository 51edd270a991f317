package org.defendersdays.bootcamp.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.ValueObject;

/** A language a programme is taught in, as its ISO 639-1 code ({@code en}, {@code ar}, ...). */
public record Language(String code) implements ValueObject {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    public Language {
        Objects.requireNonNull(code, "code");
        code = code.strip().toLowerCase(Locale.ROOT);
        if (!ISO_639_1.contains(code)) {
            throw new ProgrammeRuleViolation("bootcamp.error.language.invalid");
        }
    }
}
