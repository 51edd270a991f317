package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;

/**
 * The edition form as typed, every field text, so whatever arrives can be shown back. Dates are
 * ISO days ({@code type="date"} sends them so); topics are slugs and languages ISO codes, each
 * separated by commas.
 */
record EditionForm(String year, String startDate, String endDate, String city, String venue, String theme,
        String participants, String countries, String topics, String languages) {

    static final int MAX_TOPICS = 20;

    /** What could be read: the year and facts, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<Integer> year, Optional<EditionFacts> facts, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static EditionForm blank() {
        return new EditionForm("", "", "", "", "", "", "", "", "", "");
    }

    static EditionForm of(Edition edition) {
        EditionFacts facts = edition.facts();
        return new EditionForm(String.valueOf(edition.year()),
                facts.dates().map(dates -> dates.start().toString()).orElse(""),
                facts.dates().map(dates -> dates.end().toString()).orElse(""),
                facts.city(), facts.venue().orElse(""), facts.theme().orElse(""),
                facts.participants().map(String::valueOf).orElse(""),
                facts.countries().map(String::valueOf).orElse(""),
                facts.topics().stream().map(Topic::slug).collect(Collectors.joining(", ")),
                facts.languages().stream().map(LanguageCode::value).collect(Collectors.joining(", ")));
    }

    /** Reads the year too, for a new edition. */
    Reading readNew() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Integer> parsedYear = present(year).isEmpty()
                ? fail(errors, "year", "conference.admin.year.required")
                : parse("year", year, Integer::valueOf, "conference.admin.year.invalid", errors);
        Optional<EditionFacts> facts = readFacts(errors);
        return new Reading(parsedYear, facts, errors);
    }

    /** Reads the facts only: an edition's year never changes. */
    Reading readCorrection() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<EditionFacts> facts = readFacts(errors);
        return new Reading(Optional.empty(), facts, errors);
    }

    private Optional<EditionFacts> readFacts(Map<String, String> errors) {
        Optional<LocalDate> start = parse("startDate", startDate, EditionForm::day, "conference.admin.date.invalid", errors);
        Optional<LocalDate> end = parse("endDate", endDate, EditionForm::day, "conference.admin.date.invalid", errors);
        Optional<EditionDates> dates = dates(start, end, errors);
        Optional<Integer> participantCount = parse("participants", participants, Integer::valueOf,
                "conference.admin.count.invalid", errors);
        Optional<Integer> countryCount = parse("countries", countries, Integer::valueOf,
                "conference.admin.count.invalid", errors);
        List<Topic> topicList = topics(errors);
        List<LanguageCode> languageList = languages(errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EditionFacts(dates, city, present(venue), present(theme), participantCount,
                    countryCount, topicList, languageList));
        } catch (EditionRuleViolation violation) {
            errors.put(fieldOf(violation), violation.messageKey());
            return Optional.empty();
        }
    }

    private Optional<EditionDates> dates(Optional<LocalDate> start, Optional<LocalDate> end, Map<String, String> errors) {
        if (errors.containsKey("startDate") || errors.containsKey("endDate")) {
            return Optional.empty();
        }
        if (start.isPresent() != end.isPresent()) {
            return fail(errors, start.isPresent() ? "endDate" : "startDate", "conference.admin.dates.incomplete");
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new EditionDates(start.get(), end.get()));
        } catch (EditionRuleViolation violation) {
            return fail(errors, fieldOf(violation), violation.messageKey());
        }
    }

    private List<Topic> topics(Map<String, String> errors) {
        List<Topic> read = new ArrayList<>();
        for (String slug : present(topics).map(text -> text.split(",")).orElse(new String[0])) {
            if (!slug.isBlank()) {
                try {
                    read.add(new Topic(slug.strip()));
                } catch (EditionRuleViolation violation) {
                    errors.put("topics", violation.messageKey());
                    return List.of();
                }
            }
        }
        if (read.size() > MAX_TOPICS) {
            errors.put("topics", "conference.admin.topics.tooMany");
        }
        return read;
    }

    private List<LanguageCode> languages(Map<String, String> errors) {
        List<LanguageCode> read = new ArrayList<>();
        for (String code : present(languages).map(text -> text.split(",")).orElse(new String[0])) {
            if (!code.isBlank()) {
                try {
                    read.add(LanguageCode.of(code.strip()));
                } catch (ProgrammeRuleViolation violation) {
                    errors.put("languages", violation.messageKey());
                    return List.of();
                }
            }
        }
        return read;
    }

    /**
     * The form field a broken domain rule is about. The domain speaks in message keys, so the key says
     * which fact was wrong; whatever is not about one field is shown at the top of the form.
     */
    String fieldOf(EditionRuleViolation violation) {
        String key = violation.messageKey();
        if (key.equals("edition.dates.notInYear") || key.equals("edition.programme.datesRequired")) {
            return "startDate";
        }
        if (key.startsWith("edition.dates.")) {
            return "endDate";
        }
        if (key.equals("edition.count.negative")) {
            return present(participants).filter(count -> count.startsWith("-")).isPresent() ? "participants" : "countries";
        }
        if (key.startsWith("edition.countries.")) {
            return "countries";
        }
        for (String field : List.of("year", "city", "venue", "theme", "topic", "languages")) {
            if (key.startsWith("edition." + field + ".")) {
                return field.equals("topic") ? "topics" : field;
            }
        }
        return "form";
    }

    /** A day people and PostgreSQL both make sense of; Java alone would take year 999999. */
    private static LocalDate day(String text) {
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return day;
    }

    private static <T> Optional<T> parse(String field, String text, Function<String, T> parser, String errorKey,
            Map<String, String> errors) {
        try {
            return present(text).map(parser);
        } catch (RuntimeException unreadable) {
            return fail(errors, field, errorKey);
        }
    }

    private static <T> Optional<T> fail(Map<String, String> errors, String field, String key) {
        errors.putIfAbsent(field, key);
        return Optional.empty();
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
