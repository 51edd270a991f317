package org.defendersdays.bootcamp.domain;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What a programme teaches and how, as the catalogue presents it.
 *
 * @param title its name, at most 150 characters
 * @param summary what participants learn, at most 1000 characters
 * @param format how it is delivered
 * @param durationWeeks how long it runs, 1 to 52 weeks
 * @param languages the languages it is taught in, at least one, in the trainers' order
 * @param topics what it covers, in the trainers' order
 */
public record ProgrammeOutline(String title, String summary, DeliveryFormat format, int durationWeeks,
        List<Language> languages, List<Topic> topics) implements ValueObject {

    public static final int MAX_TITLE = 150;
    public static final int MAX_SUMMARY = 1000;
    public static final int MIN_WEEKS = 1;
    public static final int MAX_WEEKS = 52;

    public ProgrammeOutline {
        title = requiredText(title, MAX_TITLE, "bootcamp.error.title.required", "bootcamp.error.title.tooLong");
        summary = requiredText(summary, MAX_SUMMARY, "bootcamp.error.summary.required",
                "bootcamp.error.summary.tooLong");
        Objects.requireNonNull(format, "format");
        if (durationWeeks < MIN_WEEKS || durationWeeks > MAX_WEEKS) {
            throw new ProgrammeRuleViolation("bootcamp.error.duration.outOfRange");
        }
        languages = List.copyOf(Objects.requireNonNull(languages, "languages").stream().distinct().toList());
        if (languages.isEmpty()) {
            throw new ProgrammeRuleViolation("bootcamp.error.languages.required");
        }
        topics = List.copyOf(Objects.requireNonNull(topics, "topics").stream().distinct().toList());
    }

    private static String requiredText(String text, int max, String requiredKey, String tooLongKey) {
        if (text == null || text.isBlank()) {
            throw new ProgrammeRuleViolation(requiredKey);
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new ProgrammeRuleViolation(tooLongKey);
        }
        return stripped;
    }
}
