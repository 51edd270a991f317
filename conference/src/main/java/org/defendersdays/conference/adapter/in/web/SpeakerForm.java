package org.defendersdays.conference.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerProfile;

/**
 * The speaker form as typed, every field text, so whatever arrives can be shown back. The version is
 * the speaker's version when the form was shown (empty for a new speaker).
 */
record SpeakerForm(String name, String bio, String organisation, String version) {

    /** What could be read: the profile, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<SpeakerProfile> profile, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static SpeakerForm blank() {
        return new SpeakerForm("", "", "", "");
    }

    static SpeakerForm of(Speaker speaker) {
        SpeakerProfile profile = speaker.profile();
        return new SpeakerForm(profile.name(), profile.bio().orElse(""), profile.organisation().orElse(""),
                String.valueOf(speaker.version()));
    }

    SpeakerForm withVersion(Long current) {
        return new SpeakerForm(name, bio, organisation, String.valueOf(current));
    }

    /** Checks each field on its own, by the domain's own rules, so every wrong field is named at once. */
    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(errors, () -> new SpeakerProfile(name, Optional.empty(), Optional.empty()));
        check(errors, () -> new SpeakerProfile("-", Optional.ofNullable(bio), Optional.empty()));
        check(errors, () -> new SpeakerProfile("-", Optional.empty(), Optional.ofNullable(organisation)));
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new SpeakerProfile(name, Optional.ofNullable(bio),
                Optional.ofNullable(organisation))), errors);
    }

    private static void check(Map<String, String> errors, Supplier<SpeakerProfile> reading) {
        try {
            reading.get();
        } catch (ProgrammeRuleViolation violation) {
            errors.putIfAbsent(violation.field(), messageKey(violation));
        }
    }

    /**
     * The form's message for a broken rule: the domain names the field and the rule (such as
     * {@code programme.text.tooLong}), the page says which field and what its limit is.
     */
    static String messageKey(ProgrammeRuleViolation violation) {
        String key = violation.messageKey();
        return "conference.speakers.error." + violation.field() + "." + key.substring(key.lastIndexOf('.') + 1);
    }

    /** The version the form was shown with, if it reads as one. */
    Optional<Long> seenVersion() {
        return seenVersion(version);
    }

    static Optional<Long> seenVersion(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
