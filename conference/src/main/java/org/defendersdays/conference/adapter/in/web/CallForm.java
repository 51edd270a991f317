package org.defendersdays.conference.adapter.in.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.CallDraft;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.springframework.util.MultiValueMap;

/**
 * The call form as typed, every field text, so whatever arrives can be shown back. Times are typed
 * in the conference's time zone (Europe/Stockholm). Questions and criteria are numbered rows
 * ({@code question.0.prompt}); a row left blank is no question. Quotas are one row per region.
 */
record CallForm(String opensAt, String closesAt, String places, String confirmationDays, boolean asksGender,
        String introduction, String version, List<QuestionRow> questions, List<CriterionRow> criteria,
        Map<RegionOfWork, QuotaRow> quotas) {

    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final int MAX_ROWS = 40;
    private static final int BLANK_QUESTIONS = 3;
    private static final int BLANK_CRITERIA = 2;

    record QuestionRow(String id, String prompt, boolean required) {
        boolean blank() {
            return prompt == null || prompt.isBlank();
        }
    }

    record CriterionRow(String id, String name, String guidance, String maxScore, String weight) {
        boolean blank() {
            return (name == null || name.isBlank()) && (guidance == null || guidance.isBlank());
        }
    }

    record QuotaRow(String kind, String places) {
    }

    /** What could be read: the call as drafted, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<CallDraft> draft, Map<String, String> errors) {
        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static CallForm blank() {
        Map<RegionOfWork, QuotaRow> quotas = new LinkedHashMap<>();
        for (RegionOfWork region : RegionOfWork.values()) {
            quotas.put(region, new QuotaRow("", ""));
        }
        return new CallForm("", "", "", "14", false, "", "", List.of(), List.of(), quotas).withBlankRows();
    }

    static CallForm of(CallForApplications call) {
        CallTerms terms = call.terms();
        Map<RegionOfWork, QuotaRow> quotas = new LinkedHashMap<>();
        for (RegionOfWork region : RegionOfWork.values()) {
            quotas.put(region, call.quota(region).map(quota -> new QuotaRow(quota.kind().name(),
                    String.valueOf(quota.places()))).orElse(new QuotaRow("", "")));
        }
        return new CallForm(local(terms.opensAt()), local(terms.closesAt()), String.valueOf(terms.places()),
                String.valueOf(terms.confirmationDays()), terms.asksGender(), terms.introduction().orElse(""),
                String.valueOf(call.version()),
                call.questions().stream().map(question -> new QuestionRow(question.id().toString(),
                        question.prompt(), question.required())).toList(),
                call.criteria().stream().map(criterion -> new CriterionRow(criterion.id().toString(), criterion.name(),
                        criterion.guidance().orElse(""), String.valueOf(criterion.maxScore()),
                        String.valueOf(criterion.weight()))).toList(),
                quotas).withBlankRows();
    }

    static CallForm from(MultiValueMap<String, String> fields) {
        List<QuestionRow> questions = new ArrayList<>();
        List<CriterionRow> criteria = new ArrayList<>();
        for (int row = 0; row < MAX_ROWS; row++) {
            String prefix = "question." + row + ".";
            if (fields.containsKey(prefix + "prompt")) {
                questions.add(new QuestionRow(text(fields, prefix + "id"), text(fields, prefix + "prompt"),
                        "true".equals(text(fields, prefix + "required"))));
            }
            prefix = "criterion." + row + ".";
            if (fields.containsKey(prefix + "name")) {
                criteria.add(new CriterionRow(text(fields, prefix + "id"), text(fields, prefix + "name"),
                        text(fields, prefix + "guidance"), text(fields, prefix + "maxScore"),
                        text(fields, prefix + "weight")));
            }
        }
        Map<RegionOfWork, QuotaRow> quotas = new LinkedHashMap<>();
        for (RegionOfWork region : RegionOfWork.values()) {
            quotas.put(region, new QuotaRow(text(fields, "quota." + region + ".kind"),
                    text(fields, "quota." + region + ".places")));
        }
        return new CallForm(text(fields, "opensAt"), text(fields, "closesAt"), text(fields, "places"),
                text(fields, "confirmationDays"), "true".equals(text(fields, "asksGender")),
                text(fields, "introduction"), text(fields, "version"), questions, criteria, quotas);
    }

    private static String text(MultiValueMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    /** The form with a few empty rows to add questions and criteria (no script needed). */
    CallForm withBlankRows() {
        List<QuestionRow> moreQuestions = new ArrayList<>(questions);
        long blankQuestions = questions.stream().filter(QuestionRow::blank).count();
        for (long i = blankQuestions; i < BLANK_QUESTIONS && moreQuestions.size() < CallForApplications.MAX_QUESTIONS; i++) {
            moreQuestions.add(new QuestionRow("", "", false));
        }
        List<CriterionRow> moreCriteria = new ArrayList<>(criteria);
        long blankCriteria = criteria.stream().filter(CriterionRow::blank).count();
        for (long i = blankCriteria; i < BLANK_CRITERIA && moreCriteria.size() < CallForApplications.MAX_CRITERIA; i++) {
            moreCriteria.add(new CriterionRow("", "", "", "5", "1"));
        }
        return new CallForm(opensAt, closesAt, places, confirmationDays, asksGender, introduction, version,
                moreQuestions, moreCriteria, quotas);
    }

    CallForm withVersion(Long current) {
        return new CallForm(opensAt, closesAt, places, confirmationDays, asksGender, introduction,
                String.valueOf(current), questions, criteria, quotas);
    }

    /** Checks every field and row on its own, so every wrong one is named at once. */
    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Instant opens = instant(errors, "opensAt", opensAt);
        Instant closes = instant(errors, "closesAt", closesAt);
        Integer placeCount = number(errors, "places", places);
        Integer days = number(errors, "confirmationDays", confirmationDays);
        List<CallQuestion> asked = new ArrayList<>();
        for (int row = 0; row < questions.size(); row++) {
            QuestionRow question = questions.get(row);
            if (question.blank()) {
                continue;
            }
            try {
                asked.add(new CallQuestion(id(question.id()), question.prompt(), question.required()));
            } catch (ApplicationRuleViolation violation) {
                errors.put("question." + row, violation.messageKey());
            }
        }
        List<ReviewCriterion> scored = new ArrayList<>();
        for (int row = 0; row < criteria.size(); row++) {
            CriterionRow criterion = criteria.get(row);
            if (criterion.blank()) {
                continue;
            }
            Integer max = number(errors, "criterion." + row, criterion.maxScore());
            Integer weight = number(errors, "criterion." + row, criterion.weight());
            if (max == null || weight == null) {
                continue;
            }
            try {
                scored.add(new ReviewCriterion(id(criterion.id()), criterion.name(),
                        Optional.ofNullable(criterion.guidance()), max, weight));
            } catch (ApplicationRuleViolation violation) {
                errors.put("criterion." + row, violation.messageKey());
            }
        }
        List<RegionQuota> quotaList = new ArrayList<>();
        quotas.forEach((region, quota) -> {
            String field = "quota." + region;
            if (quota.kind() == null || quota.kind().isBlank()) {
                return;
            }
            QuotaKind kind;
            try {
                kind = QuotaKind.valueOf(quota.kind());
            } catch (IllegalArgumentException unknown) {
                errors.put(field, "application.call.quota.kind");
                return;
            }
            Integer count = number(errors, field, quota.places());
            if (count == null) {
                return;
            }
            try {
                quotaList.add(new RegionQuota(region, kind, count));
            } catch (ApplicationRuleViolation violation) {
                errors.put(field, violation.messageKey());
            }
        });
        CallTerms terms = null;
        if (!errors.containsKey("opensAt") && !errors.containsKey("closesAt") && placeCount != null && days != null) {
            try {
                terms = new CallTerms(opens, closes, placeCount, days, asksGender, Optional.ofNullable(introduction));
            } catch (ApplicationRuleViolation violation) {
                errors.put(violation.field(), violation.messageKey());
            }
        }
        if (!errors.isEmpty() || terms == null) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new CallDraft(terms, asked, quotaList, scored)), errors);
    }

    private static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? UUID.randomUUID() : UUID.fromString(text.strip());
        } catch (IllegalArgumentException unreadable) {
            return UUID.randomUUID();
        }
    }

    private static Instant instant(Map<String, String> errors, String field, String text) {
        if (text == null || text.isBlank()) {
            errors.put(field, "application.call." + field + ".required");
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip(), LOCAL).atZone(ZONE).toInstant();
        } catch (DateTimeParseException unreadable) {
            errors.put(field, "application.call.time.unreadable");
            return null;
        }
    }

    private static Integer number(Map<String, String> errors, String field, String text) {
        try {
            return Integer.valueOf(text == null ? "" : text.strip());
        } catch (NumberFormatException unreadable) {
            errors.putIfAbsent(field, "application.call.number.unreadable");
            return null;
        }
    }

    static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE).truncatedTo(ChronoUnit.MINUTES).format(LOCAL);
    }

    /** The version the form was shown with, if it reads as one. */
    Optional<Long> seenVersion() {
        try {
            return version == null || version.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(version.strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
