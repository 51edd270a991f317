package org.defendersdays.conference.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.springframework.util.MultiValueMap;

/**
 * The application form as typed, every field text, so whatever arrives can be shown back. Answers to
 * the call's questions come as {@code answer.<question id>}. The version is the application's version
 * when the form was shown (empty for a first draft).
 */
record ApplicationForm(List<String> focusAreas, String country, String region, List<String> languages,
        String hopesToLearn, String hopesToShare, String gender, String attendedBefore, String riskSituation,
        boolean needsVisaLetter, boolean needsTravelSupport, boolean needsAccommodation, String accessibilityNeeds,
        String interpretationInto, boolean consentDataUse, String photoPreference, boolean listedToParticipants,
        String messageLanguage, Map<String, String> answers, String version) {

    private static final int MAX_VALUES = 40;

    /** What could be read: the content, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<ApplicationContent> content, Map<String, String> errors) {
        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static ApplicationForm blank(String messageLanguage) {
        return new ApplicationForm(List.of(), "", "", List.of(), "", "", "", "", "", false, false, false, "", "",
                false, "", false, messageLanguage, Map.of(), "");
    }

    static ApplicationForm of(Application application) {
        ApplicationContent content = application.content();
        Map<String, String> answers = new LinkedHashMap<>();
        content.answers().forEach((question, answer) -> answers.put(question.toString(), answer));
        return new ApplicationForm(content.focusAreas().stream().map(Topic::slug).toList(),
                content.country().orElse(""), content.region().map(Enum::name).orElse(""), content.languages(),
                content.hopesToLearn().orElse(""), content.hopesToShare().orElse(""),
                content.gender().map(Enum::name).orElse(""),
                content.attendedBefore().map(attended -> attended ? "yes" : "no").orElse(""),
                content.riskSituation().orElse(""), content.needsVisaLetter(), content.needsTravelSupport(),
                content.needsAccommodation(), content.accessibilityNeeds().orElse(""),
                content.interpretationInto().orElse(""), content.consentDataUse(),
                content.photoPreference().map(Enum::name).orElse(""), content.listedToParticipants(),
                content.messageLanguage(), answers, String.valueOf(application.version()));
    }

    static ApplicationForm from(MultiValueMap<String, String> fields) {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("answer.") && answers.size() < MAX_VALUES && !values.isEmpty()) {
                answers.put(name.substring("answer.".length()), values.get(0));
            }
        });
        return new ApplicationForm(values(fields, "focusAreas"), text(fields, "country"), text(fields, "region"),
                values(fields, "languages"), text(fields, "hopesToLearn"), text(fields, "hopesToShare"),
                text(fields, "gender"), text(fields, "attendedBefore"), text(fields, "riskSituation"),
                checked(fields, "needsVisaLetter"), checked(fields, "needsTravelSupport"),
                checked(fields, "needsAccommodation"), text(fields, "accessibilityNeeds"),
                text(fields, "interpretationInto"), checked(fields, "consentDataUse"), text(fields, "photoPreference"),
                checked(fields, "listedToParticipants"), text(fields, "messageLanguage"), answers,
                text(fields, "version"));
    }

    private static String text(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    private static boolean checked(MultiValueMap<String, String> fields, String name) {
        return "true".equals(fields.getFirst(name));
    }

    private static List<String> values(MultiValueMap<String, String> fields, String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        return values.size() > MAX_VALUES ? values.subList(0, MAX_VALUES) : values;
    }

    ApplicationForm withVersion(Long current) {
        return new ApplicationForm(focusAreas, country, region, languages, hopesToLearn, hopesToShare, gender,
                attendedBefore, riskSituation, needsVisaLetter, needsTravelSupport, needsAccommodation,
                accessibilityNeeds, interpretationInto, consentDataUse, photoPreference, listedToParticipants,
                messageLanguage, answers, current == null ? "" : String.valueOf(current));
    }

    /** Reads every field; all that is wrong is named at once. */
    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Topic> topics = new ArrayList<>();
        for (String slug : focusAreas) {
            try {
                topics.add(ApplicationContent.focusArea(slug));
            } catch (ApplicationRuleViolation violation) {
                errors.putIfAbsent(violation.field(), violation.messageKey());
            }
        }
        Optional<RegionOfWork> regionOfWork = choice(errors, "region", region, RegionOfWork::valueOf);
        Optional<Gender> genderChosen = choice(errors, "gender", gender, Gender::valueOf);
        Optional<PhotoPreference> photo = choice(errors, "photoPreference", photoPreference, PhotoPreference::valueOf);
        Optional<Boolean> attended = switch (attendedBefore == null ? "" : attendedBefore) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            case "" -> Optional.empty();
            default -> {
                errors.put("attendedBefore", "application.choice.unknown");
                yield Optional.empty();
            }
        };
        Map<UUID, String> answered = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            try {
                answered.put(UUID.fromString(question), answer);
            } catch (IllegalArgumentException notAQuestion) {
                // not one of the call's questions: left out, as the call would leave it out
            }
        });
        try {
            ApplicationContent content = new ApplicationContent(topics, Optional.ofNullable(country), regionOfWork,
                    languages, Optional.ofNullable(hopesToLearn), Optional.ofNullable(hopesToShare), genderChosen,
                    attended, Optional.ofNullable(riskSituation), needsVisaLetter, needsTravelSupport,
                    needsAccommodation, Optional.ofNullable(accessibilityNeeds), Optional.ofNullable(interpretationInto),
                    consentDataUse, photo, listedToParticipants, messageLanguage, answered);
            if (errors.isEmpty()) {
                return new Reading(Optional.of(content), errors);
            }
        } catch (ApplicationRuleViolation violations) {
            violations.byField().forEach(errors::putIfAbsent);
        }
        return new Reading(Optional.empty(), errors);
    }

    private static <E> Optional<E> choice(Map<String, String> errors, String field, String value,
            Function<String, E> parse) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(value));
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "application.choice.unknown");
            return Optional.empty();
        }
    }

    /** The version the form was shown with; empty for a first draft or when it does not read as one. */
    Optional<Long> seenVersion() {
        try {
            return version == null || version.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(version.strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.of(-1L);
        }
    }
}
