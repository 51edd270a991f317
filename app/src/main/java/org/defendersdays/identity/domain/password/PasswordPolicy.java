package org.defendersdays.identity.domain.password;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rules a new password must meet (OWASP ASVS 5.0 V6.2, NIST SP 800-63B): 12 to 128 code
 * points after NFKC normalisation; not a commonly used password; not built from the person's
 * email name or display name, from a word that names this service, or from a repeated or
 * straight run of characters. Deliberately no composition rules and no expiry.
 */
public final class PasswordPolicy {

    public static final int SHORTEST = 12;
    public static final int LONGEST = 128;

    /**
     * Personal and service words shorter than this are not looked for inside a password: a name
     * like "Li" would refuse "delivery-truck-sunrise". They still count when they are the whole
     * password, which the length rule refuses anyway.
     */
    static final int SHORTEST_WORD_LOOKED_FOR = 4;

    private final List<String> serviceWords;

    /**
     * @param serviceWords words that name this service or its organisation ("Defenders' Days"),
     *                     which an attacker tries first; compared like personal words
     */
    public PasswordPolicy(Collection<String> serviceWords) {
        this.serviceWords = serviceWords.stream().map(TextFolding::compact).filter(PasswordPolicy::longEnoughToLookFor)
                .distinct().toList();
    }

    /**
     * Every rule the password breaks, none if it may be used.
     *
     * @param commonlyUsed whether a password is on the list of commonly used passwords; the list
     *                     lives outside the domain, behind a port
     */
    public Set<PasswordViolation> violationsOf(Password password, PasswordOwner owner, Predicate<Password> commonlyUsed) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(owner, "owner");
        Set<PasswordViolation> violations = EnumSet.noneOf(PasswordViolation.class);
        int length = password.length();
        if (length < SHORTEST) {
            violations.add(PasswordViolation.TOO_SHORT);
        }
        if (length > LONGEST) {
            violations.add(PasswordViolation.TOO_LONG);
            // Nothing more to learn from text this long, and no reason to spend effort on it.
            return violations;
        }
        if (commonlyUsed.test(password)) {
            violations.add(PasswordViolation.COMMONLY_USED);
        }
        String compacted = TextFolding.compact(password.canonicalText());
        if (containsAny(compacted, owner.personalWords())) {
            violations.add(PasswordViolation.CONTAINS_PERSONAL_DETAILS);
        }
        if (containsAny(compacted, serviceWords)) {
            violations.add(PasswordViolation.CONTAINS_SERVICE_NAME);
        }
        String text = password.canonicalText();
        if (GuessablePatterns.repeatsAShortUnit(text, SHORTEST) || GuessablePatterns.isStraightSequence(text)) {
            violations.add(PasswordViolation.REPETITIVE_OR_SEQUENTIAL);
        }
        return violations;
    }

    private static boolean containsAny(String compactedPassword, Collection<String> words) {
        return words.stream().anyMatch(word -> word.equals(compactedPassword)
                || longEnoughToLookFor(word) && compactedPassword.contains(word));
    }

    private static boolean longEnoughToLookFor(String word) {
        return TextFolding.codePointLength(word) >= SHORTEST_WORD_LOOKED_FOR;
    }
}
