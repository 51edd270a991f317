package org.defendersdays.bootcamp.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.Topic;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/**
 * The programme form as typed, every field text, so whatever arrives can be shown back. Languages
 * (ISO 639-1 codes) and topics (slugs) are separated by commas.
 */
record ProgrammeForm(String slug, String title, String summary, String format, String durationWeeks,
        String languages, String topics) {

    static final int MAX_LIST = 20;

    /** What could be read: the slug and outline, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<ProgrammeSlug> slug, Optional<ProgrammeOutline> outline, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static ProgrammeForm blank() {
        return new ProgrammeForm("", "", "", DeliveryFormat.LIVE_ONLINE.name(), "", "", "");
    }

    static ProgrammeForm of(TrainingProgramme programme) {
        ProgrammeOutline outline = programme.outline();
        return new ProgrammeForm(programme.slug().value(), outline.title(), outline.summary(), outline.format().name(),
                String.valueOf(outline.durationWeeks()),
                outline.languages().stream().map(Language::code).collect(Collectors.joining(", ")),
                outline.topics().stream().map(Topic::slug).collect(Collectors.joining(", ")));
    }

    /** The same outline under another (fixed) slug: a revision never changes the address. */
    ProgrammeForm withSlug(ProgrammeSlug fixed) {
        return new ProgrammeForm(fixed.value(), title, summary, format, durationWeeks, languages, topics);
    }

    /** Reads the slug too, for a new programme. */
    Reading readNew() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<ProgrammeSlug> parsedSlug = parse("slug", slug, text -> new ProgrammeSlug(text.strip()), null, errors);
        if (present(slug).isEmpty()) {
            errors.put("slug", "bootcamp.admin.slug.required");
        }
        return new Reading(parsedSlug, readOutline(errors), errors);
    }

    /** Reads the outline only. */
    Reading readRevision() {
        Map<String, String> errors = new LinkedHashMap<>();
        return new Reading(Optional.empty(), readOutline(errors), errors);
    }

    private Optional<ProgrammeOutline> readOutline(Map<String, String> errors) {
        Optional<DeliveryFormat> parsedFormat = parse("format", format, DeliveryFormat::valueOf,
                "bootcamp.admin.format.invalid", errors);
        if (parsedFormat.isEmpty()) {
            errors.putIfAbsent("format", "bootcamp.admin.format.invalid");
        }
        Optional<Integer> weeks = parse("durationWeeks", durationWeeks, Integer::valueOf,
                "bootcamp.admin.weeks.invalid", errors);
        List<Language> languageList = list("languages", languages, Language::new, errors);
        List<Topic> topicList = list("topics", topics, Topic::new, errors);
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProgrammeOutline(title, summary, parsedFormat.orElseThrow(), weeks.orElse(0),
                    languageList, topicList));
        } catch (ProgrammeRuleViolation violation) {
            errors.put(fieldOf(violation), violation.messageKey());
            return Optional.empty();
        }
    }

    /** The form field a broken rule is about, told by its message key; others go to the top of the form. */
    static String fieldOf(ProgrammeRuleViolation violation) {
        String key = violation.messageKey();
        for (String field : List.of("slug", "title", "summary")) {
            if (key.startsWith("bootcamp.error." + field + ".")) {
                return field;
            }
        }
        if (key.startsWith("bootcamp.error.duration.")) {
            return "durationWeeks";
        }
        if (key.startsWith("bootcamp.error.language")) {
            return "languages";
        }
        if (key.startsWith("bootcamp.error.topic.")) {
            return "topics";
        }
        return "form";
    }

    private static <T> List<T> list(String field, String text, Function<String, T> parser,
            Map<String, String> errors) {
        List<T> read = new ArrayList<>();
        for (String item : present(text).map(value -> value.split(",")).orElse(new String[0])) {
            if (!item.isBlank()) {
                try {
                    read.add(parser.apply(item.strip()));
                } catch (ProgrammeRuleViolation violation) {
                    errors.put(field, violation.messageKey());
                    return List.of();
                }
            }
        }
        if (read.size() > MAX_LIST) {
            errors.put(field, "bootcamp.admin.list.tooLong");
        }
        return read;
    }

    /** Parses a present value; a violation's own key wins over the generic one. */
    private static <T> Optional<T> parse(String field, String text, Function<String, T> parser, String errorKey,
            Map<String, String> errors) {
        try {
            return present(text).map(parser);
        } catch (ProgrammeRuleViolation violation) {
            errors.putIfAbsent(field, violation.messageKey());
        } catch (RuntimeException unreadable) {
            errors.putIfAbsent(field, errorKey);
        }
        return Optional.empty();
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
