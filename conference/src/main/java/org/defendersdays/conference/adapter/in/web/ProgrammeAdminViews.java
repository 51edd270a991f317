package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.LanguageCode;

/** What the programme's back office pages show; plain values, ready for the templates. */
final class ProgrammeAdminViews {

    private ProgrammeAdminViews() {
    }

    /** A choice in a select or a set of checkboxes. */
    record Choice(String value, String label) {
    }

    /** A room or track as listed. */
    record Item(String id, String name, String note, long version) {
    }

    /** A topic of the catalogue; built-in ones are shown by their translated name. */
    record TopicView(String slug, String name, boolean builtIn, long version) {

        static TopicView of(CatalogueTopic topic) {
            return new TopicView(topic.topic().slug(), topic.name(), topic.topic().isBuiltIn(),
                    topic.version() == null ? 0 : topic.version());
        }

        public String messageKey() {
            return "conference.topic." + slug;
        }

        static boolean isBuiltIn(String slug) {
            return Topic.BUILT_IN.stream().anyMatch(topic -> topic.slug().equals(slug));
        }
    }

    /** One day of the programme, its sessions in the order of their slots. */
    record Day(LocalDate day, List<SessionLine> sessions) {
    }

    /** One session as the programme overview lists it. */
    record SessionLine(String id, String start, String end, String title, String type, String room, String track,
            String language, List<String> interpretation, boolean chathamHouseRule, String continuesTitle,
            boolean continued, String seats, int people) {
    }

    /** A language's name in the reader's language, with its code. */
    static Choice language(String code, Locale locale) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return new Choice(code, name.isBlank() || name.equals(code) ? code : name + " (" + code + ")");
    }

    static Choice language(LanguageCode code, Locale locale) {
        return language(code.value(), locale);
    }
}
