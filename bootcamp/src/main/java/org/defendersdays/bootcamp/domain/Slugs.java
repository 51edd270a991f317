package org.defendersdays.bootcamp.domain;

import java.util.regex.Pattern;

/**
 * The shape of the slugs used as stable keys in URLs and messages: lowercase letters and digits in
 * words joined by single hyphens, at most 60 characters.
 */
final class Slugs {

    static final int MAX_LENGTH = 60;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static boolean isWellFormed(String candidate) {
        // Length first: the pattern never runs on oversized input.
        return candidate != null && candidate.length() <= MAX_LENGTH && SLUG.matcher(candidate).matches();
    }
}
