package org.defendersdays.identity.domain.password;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the policy knows of the person choosing a password, so it can refuse one built from their
 * own details. Either detail may be missing.
 */
public record PasswordOwner(Optional<String> email, Optional<String> displayName) {

    public PasswordOwner {
        email = email.filter(value -> !value.isBlank());
        displayName = displayName.filter(value -> !value.isBlank());
    }

    public static PasswordOwner of(String email, String displayName) {
        return new PasswordOwner(Optional.ofNullable(email), Optional.ofNullable(displayName));
    }

    /**
     * The words that give the person away, compacted and folded (see {@link TextFolding}): the
     * email's local part (before the last {@code @}) with and without its {@code +tag}, the
     * display name, and each word of them.
     */
    Set<String> personalWords() {
        Set<String> words = new LinkedHashSet<>();
        email.map(PasswordOwner::localPart).ifPresent(local -> {
            addWithWords(words, local);
            int tag = local.indexOf('+');
            if (tag > 0) {
                addWithWords(words, local.substring(0, tag));
            }
        });
        displayName.ifPresent(name -> addWithWords(words, name));
        words.remove("");
        return words;
    }

    private static String localPart(String email) {
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    private static void addWithWords(Set<String> words, String text) {
        words.add(TextFolding.compact(text));
        words.addAll(TextFolding.words(text));
    }

    /** Personal data stays out of logs. */
    @Override
    public String toString() {
        return "PasswordOwner[redacted]";
    }
}
