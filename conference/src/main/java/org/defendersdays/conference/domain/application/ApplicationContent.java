package org.defendersdays.conference.domain.application;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.defendersdays.conference.domain.EditionRuleViolation;
import org.defendersdays.conference.domain.Topic;
import org.jmolecules.ddd.types.ValueObject;

/**
 * What an applicant tells us, as it stands (a draft may be incomplete; {@link #requireComplete}
 * says what a submitted application needs). Every field is checked on its own and all broken rules
 * are reported together ({@link ApplicationRuleViolations}), so a form can mark every wrong field.
 *
 * <p>{@code riskSituation} and {@code accessibilityNeeds} are sensitive (the second may reveal
 * health information): they are sealed before they are stored, and only the applicant and, with
 * an audit entry for every read, conference admins ever see them.
 *
 * @param answers answers to the call's own questions, by question id; blank answers are left out
 */
public record ApplicationContent(List<Topic> focusAreas, Optional<String> country, Optional<RegionOfWork> region,
        List<String> languages, Optional<String> hopesToLearn, Optional<String> hopesToShare, Optional<Gender> gender,
        Optional<Boolean> attendedBefore, Optional<String> riskSituation, boolean needsVisaLetter,
        boolean needsTravelSupport, boolean needsAccommodation, Optional<String> accessibilityNeeds,
        Optional<String> interpretationInto, boolean consentDataUse, Optional<PhotoPreference> photoPreference,
        boolean listedToParticipants, String messageLanguage, Map<UUID, String> answers) implements ValueObject {

    /** The languages the site, and so our messages, speak. */
    public static final List<String> MESSAGE_LANGUAGES = List.of("en", "es", "fr", "ru", "ar");
    public static final int HOPES_MAX = 2000;
    public static final int RISK_MAX = 4000;
    public static final int ACCESSIBILITY_MAX = 2000;
    public static final int ANSWER_MAX = 4000;
    public static final int MAX_FOCUS_AREAS = 10;
    public static final int MAX_LANGUAGES = 20;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    public ApplicationContent {
        Map<String, String> errors = new LinkedHashMap<>();
        focusAreas = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(focusAreas, "focusAreas")));
        if (focusAreas.size() > MAX_FOCUS_AREAS) {
            errors.put("focusAreas", "application.focusAreas.tooMany");
        }
        country = Objects.requireNonNull(country, "country").map(code -> code.strip().toUpperCase(Locale.ROOT))
                .filter(code -> !code.isEmpty());
        if (country.filter(code -> !COUNTRIES.contains(code)).isPresent()) {
            errors.put("country", "application.country.unknown");
            country = Optional.empty();
        }
        Objects.requireNonNull(region, "region");
        languages = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(languages, "languages").stream()
                .map(code -> code.strip().toLowerCase(Locale.ROOT)).filter(code -> !code.isEmpty()).toList()));
        if (languages.size() > MAX_LANGUAGES) {
            errors.put("languages", "application.languages.tooMany");
        } else if (!LANGUAGES.containsAll(languages)) {
            errors.put("languages", "application.languages.unknown");
        }
        hopesToLearn = text(errors, "hopesToLearn", hopesToLearn, HOPES_MAX);
        hopesToShare = text(errors, "hopesToShare", hopesToShare, HOPES_MAX);
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(attendedBefore, "attendedBefore");
        riskSituation = text(errors, "riskSituation", riskSituation, RISK_MAX);
        accessibilityNeeds = text(errors, "accessibilityNeeds", accessibilityNeeds, ACCESSIBILITY_MAX);
        interpretationInto = Objects.requireNonNull(interpretationInto, "interpretationInto")
                .map(code -> code.strip().toLowerCase(Locale.ROOT)).filter(code -> !code.isEmpty());
        if (interpretationInto.filter(code -> !LANGUAGES.contains(code)).isPresent()) {
            errors.put("interpretationInto", "application.languages.unknown");
        }
        Objects.requireNonNull(photoPreference, "photoPreference");
        if (messageLanguage == null || !MESSAGE_LANGUAGES.contains(messageLanguage)) {
            errors.put("messageLanguage", "application.messageLanguage.unknown");
        }
        Map<UUID, String> kept = new LinkedHashMap<>();
        Objects.requireNonNull(answers, "answers").forEach((question, answer) -> {
            String field = "answer." + question;
            Optional<String> checked = text(errors, field, Optional.ofNullable(answer), ANSWER_MAX);
            checked.ifPresent(text -> kept.put(question, text));
        });
        answers = java.util.Collections.unmodifiableMap(kept);
        if (!errors.isEmpty()) {
            throw new ApplicationRuleViolations(errors);
        }
    }

    /** Nothing told yet: a new draft, or what is left of a withdrawn application. */
    public static ApplicationContent empty(String messageLanguage) {
        return new ApplicationContent(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, false, false,
                Optional.empty(), Optional.empty(), false, Optional.empty(), false, messageLanguage, Map.of());
    }

    /** A topic slug as typed, or a violation on {@code focusAreas}. */
    public static Topic focusArea(String slug) {
        try {
            return new Topic(slug);
        } catch (EditionRuleViolation invalid) {
            throw new ApplicationRuleViolation("focusAreas", "application.focusAreas.unknown");
        }
    }

    private static Optional<String> text(Map<String, String> errors, String field, Optional<String> value, int max) {
        try {
            return ApplicationText.optional(field, Objects.requireNonNull(value, field).orElse(null), max, true);
        } catch (ApplicationRuleViolation violation) {
            errors.putIfAbsent(field, violation.messageKey());
            return Optional.empty();
        }
    }

    /**
     * This content as the call can take it: answers only to the call's questions, and no gender
     * unless the call asks for it.
     */
    public ApplicationContent forCall(CallForApplications call) {
        Map<UUID, String> known = new LinkedHashMap<>();
        answers.forEach((question, answer) -> {
            if (call.question(question).isPresent()) {
                known.put(question, answer);
            }
        });
        return new ApplicationContent(focusAreas, country, region, languages, hopesToLearn, hopesToShare,
                call.terms().asksGender() ? gender : Optional.empty(), attendedBefore, riskSituation, needsVisaLetter,
                needsTravelSupport, needsAccommodation, accessibilityNeeds, interpretationInto, consentDataUse,
                photoPreference, listedToParticipants, messageLanguage, known);
    }

    /** What a submitted application must have: consent to the use of the data, country, region and required answers. */
    public void requireComplete(CallForApplications call) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, "country", "application.country.required", country::isPresent);
        check(errors, "region", "application.region.required", region::isPresent);
        check(errors, "consentDataUse", "application.consentDataUse.required", () -> consentDataUse);
        check(errors, "photoPreference", "application.photoPreference.required", photoPreference::isPresent);
        for (CallQuestion question : call.questions()) {
            if (question.required() && !answers.containsKey(question.id())) {
                errors.put("answer." + question.id(), "application.answer.required");
            }
        }
        if (!errors.isEmpty()) {
            throw new ApplicationRuleViolations(errors);
        }
    }

    private static void check(Map<String, String> errors, String field, String key, Supplier<Boolean> holds) {
        if (!holds.get()) {
            errors.put(field, key);
        }
    }

    /** Whether the consents differ from another content's (so the moment they were given is recorded anew). */
    public boolean consentsDifferFrom(ApplicationContent other) {
        return consentDataUse != other.consentDataUse || !photoPreference.equals(other.photoPreference)
                || listedToParticipants != other.listedToParticipants;
    }
}
