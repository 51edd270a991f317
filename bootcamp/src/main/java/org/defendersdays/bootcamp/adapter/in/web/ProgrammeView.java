package org.defendersdays.bootcamp.adapter.in.web;

import java.util.List;

/**
 * What the catalogue pages show of one programme. The format, languages and topics are keys the
 * templates translate: the format's enum name, ISO 639-1 codes and topic slugs.
 */
record ProgrammeView(String slug, String title, String summary, String format, int durationWeeks,
        List<String> languages, List<String> topics) {
}
