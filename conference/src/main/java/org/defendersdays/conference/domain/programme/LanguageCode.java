package org.defendersdays.conference.domain.programme;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jmolecules.ddd.types.ValueObject;

/** A language a session is held or interpreted in: an ISO 639 code such as {@code en} or {@code ru}. */
public record LanguageCode(String value) implements ValueObject {

    private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

    public LanguageCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(value)) {
            throw new ProgrammeRuleViolation("language", "programme.language.unknown");
        }
    }

    public static LanguageCode of(String value) {
        return new LanguageCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
