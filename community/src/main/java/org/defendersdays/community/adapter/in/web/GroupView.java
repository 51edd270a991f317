package org.defendersdays.community.adapter.in.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What the group pages show of one group: what it is and since when, never who belongs to it.
 * {@code editionYear} is {@code null} for groups that are not about an edition, which carry a
 * {@code name} (and perhaps a description, as paragraphs) instead; an edition group is named
 * after its edition by the page, in the reader's language.
 */
record GroupView(UUID id, String purpose, Integer editionYear, String name, List<String> description,
        LocalDate openedOn, String visibility) {

    /** Plain text to paragraphs: a blank line separates two; single line breaks stay within one. */
    static List<String> paragraphs(Optional<String> text) {
        return text.map(value -> Arrays.stream(value.split("\\n\\s*\\n")).map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty()).toList()).orElse(List.of());
    }
}
