package org.defendersdays.conference.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A subject an edition covers, such as digital security. Stored as a stable slug; pages show the
 * translated name where one exists.
 */
public record Topic(String slug) implements ValueObject {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public static final Topic DIGITAL_SECURITY = new Topic("digital-security");
    public static final Topic PSYCHOSOCIAL_SECURITY = new Topic("psychosocial-security");
    public static final Topic INNOVATION = new Topic("innovation");

    /** The topics the platform ships with, named in every language by their message keys. */
    public static final List<Topic> BUILT_IN = List.of(DIGITAL_SECURITY, PSYCHOSOCIAL_SECURITY,
            INNOVATION);

    public Topic {
        Objects.requireNonNull(slug, "slug");
        if (slug.length() > 60 || !SLUG.matcher(slug).matches()) {
            throw new EditionRuleViolation("edition.topic.invalid");
        }
    }

    /** Whether this is one of the platform's own topics (translated), rather than one an admin added. */
    public boolean isBuiltIn() {
        return BUILT_IN.contains(this);
    }
}
