package org.defendersdays.conference.adapter.in.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.TrackId;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What a visitor narrowed the agenda to, from the query string of the agenda page (a GET form) or of
 * the API. Empty values mean "any"; a value that cannot be one (a date that is no date, a language
 * that is no ISO code) is a bad request. A language matches sessions held in it or interpreted into it.
 */
record AgendaFilter(Optional<LocalDate> day, Optional<Topic> topic, Optional<LanguageCode> language,
        Optional<SessionType> type, Optional<TrackId> track) {

    static final AgendaFilter NONE = new AgendaFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    static AgendaFilter parse(String day, String topic, String language, String type, String track) {
        try {
            return new AgendaFilter(given(day).map(LocalDate::parse), given(topic).map(Topic::new),
                    given(language).map(LanguageCode::of),
                    given(type).map(value -> SessionType.valueOf(value.toUpperCase(Locale.ROOT))),
                    given(track).map(value -> new TrackId(UUID.fromString(value))));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown filter value");
        } catch (RuntimeException ruleViolation) {
            // Topic and LanguageCode refuse malformed values with the domain's own exceptions.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown filter value");
        }
    }

    private static Optional<String> given(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > 60) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "filter value too long");
        }
        return Optional.of(value.strip());
    }

    boolean isEmpty() {
        return day.isEmpty() && topic.isEmpty() && language.isEmpty() && type.isEmpty() && track.isEmpty();
    }

    boolean matches(ProgrammeSession session) {
        SessionDetails details = session.details();
        return day.map(details.slot().day()::equals).orElse(true)
                && topic.map(details.topics()::contains).orElse(true)
                && language.map(wanted -> details.language().equals(wanted)
                        || details.interpretation().contains(wanted)).orElse(true)
                && type.map(details.type()::equals).orElse(true)
                && track.map(wanted -> details.track().filter(wanted::equals).isPresent()).orElse(true);
    }

    /**
     * The filter as the agenda page's query string, in one canonical form (only the parts given, in
     * the form's order, URL-encoded; empty for none): what a kept agenda page's own links carry.
     */
    String query() {
        StringJoiner query = new StringJoiner("&");
        day.ifPresent(value -> query.add("day=" + encoded(value.toString())));
        topic.ifPresent(value -> query.add("topic=" + encoded(value.slug())));
        language.ifPresent(value -> query.add("language=" + encoded(value.value())));
        type.ifPresent(value -> query.add("type=" + encoded(value.name())));
        track.ifPresent(value -> query.add("track=" + encoded(value.toString())));
        return query.toString();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The filter in one canonical form, for cache keys and validators. */
    String key() {
        return "day=" + day.map(LocalDate::toString).orElse("") + "&topic=" + topic.map(Topic::slug).orElse("")
                + "&language=" + language.map(LanguageCode::value).orElse("") + "&type="
                + type.map(Enum::name).orElse("") + "&track=" + track.map(TrackId::toString).orElse("");
    }
}
