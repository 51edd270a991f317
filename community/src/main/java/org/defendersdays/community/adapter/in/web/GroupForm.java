package org.defendersdays.community.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupRuleViolation;

/**
 * The topic group form as typed, every field text, so whatever arrives can be shown back. The
 * hidden {@code version} is the version of the group the form was filled from; a save from a form
 * older than the stored group is refused instead of overwriting what someone else saved.
 */
record GroupForm(String name, String description, String version) {

    /** What could be read: the profile, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<GroupProfile> profile, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    static GroupForm blank() {
        return new GroupForm("", "", "");
    }

    static GroupForm of(Group group) {
        GroupProfile profile = group.profile().orElseThrow();
        return new GroupForm(profile.name(), profile.description().orElse(""), String.valueOf(group.version()));
    }

    /** The same text, to be saved over the group as it is stored now. */
    GroupForm withVersionOf(Group group) {
        return new GroupForm(name, description, String.valueOf(group.version()));
    }

    /** Reads name and description each on its own, so what is wrong with both is told at once. */
    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        check(() -> GroupProfile.of(name, null), errors);
        check(() -> GroupProfile.of(VALID_NAME, description), errors);
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(GroupProfile.of(name, description)), errors);
    }

    private static final String VALID_NAME = "name";

    private static void check(Runnable reading, Map<String, String> errors) {
        try {
            reading.run();
        } catch (GroupRuleViolation violation) {
            errors.putIfAbsent(fieldOf(violation), violation.messageKey());
        }
    }

    /** The version the form was filled from; a missing or garbled one can never match, so it reads as stale. */
    long readVersion() {
        try {
            return Long.parseLong(version == null ? "" : version.strip());
        } catch (NumberFormatException garbled) {
            return -1;
        }
    }

    /** The form field a broken rule is about, told by its message key; others go to the top of the form. */
    static String fieldOf(GroupRuleViolation violation) {
        String key = violation.messageKey();
        if (key.startsWith("group.name.")) {
            return "name";
        }
        if (key.startsWith("group.description.")) {
            return "description";
        }
        return "form";
    }
}
