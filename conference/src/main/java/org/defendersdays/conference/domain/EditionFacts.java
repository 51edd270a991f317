package org.defendersdays.conference.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.LanguageCode;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What is known about an edition besides its year and status. Everything but the city may be
 * unknown: an edition is often announced before its venue is booked, and the record of early
 * editions is incomplete.
 *
 * @param dates the days it runs, if fixed
 * @param city where it takes place
 * @param venue the building, if known
 * @param theme the edition's theme, if it has one
 * @param participants how many defenders took part, when known
 * @param countries how many countries they came from, when known
 * @param topics what it covers, in the order the organisers list them
 * @param languages the languages offered (spoken or interpreted), in the order the organisers list them
 */
public record EditionFacts(Optional<EditionDates> dates, String city, Optional<String> venue,
        Optional<String> theme, Optional<Integer> participants, Optional<Integer> countries,
        List<Topic> topics, List<LanguageCode> languages) implements ValueObject {

    static final int MAX_CITY = 100;
    static final int MAX_VENUE = 200;
    static final int MAX_THEME = 300;
    public static final int MAX_LANGUAGES = 12;

    public EditionFacts {
        Objects.requireNonNull(dates, "dates");
        venue = trimmed(venue, MAX_VENUE, "edition.venue.tooLong");
        theme = trimmed(theme, MAX_THEME, "edition.theme.tooLong");
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(countries, "countries");
        if (city == null || city.isBlank()) {
            throw new EditionRuleViolation("edition.city.required");
        }
        city = city.strip();
        if (city.length() > MAX_CITY) {
            throw new EditionRuleViolation("edition.city.tooLong");
        }
        if (participants.filter(n -> n < 0).isPresent() || countries.filter(n -> n < 0).isPresent()) {
            throw new EditionRuleViolation("edition.count.negative");
        }
        if (countries.isPresent() && participants.isPresent() && countries.get() > participants.get()) {
            throw new EditionRuleViolation("edition.countries.moreThanParticipants");
        }
        topics = List.copyOf(topics.stream().distinct().toList());
        languages = languages == null ? List.of() : List.copyOf(languages.stream().distinct().toList());
        if (languages.size() > MAX_LANGUAGES) {
            throw new EditionRuleViolation("edition.languages.tooMany");
        }
    }

    /** Facts without languages offered (yet). */
    public EditionFacts(Optional<EditionDates> dates, String city, Optional<String> venue, Optional<String> theme,
            Optional<Integer> participants, Optional<Integer> countries, List<Topic> topics) {
        this(dates, city, venue, theme, participants, countries, topics, List.of());
    }

    private static Optional<String> trimmed(Optional<String> value, int max, String tooLongKey) {
        Objects.requireNonNull(value, "optional text");
        Optional<String> stripped = value.map(String::strip).filter(text -> !text.isEmpty());
        if (stripped.filter(text -> text.length() > max).isPresent()) {
            throw new EditionRuleViolation(tooLongKey);
        }
        return stripped;
    }
}
