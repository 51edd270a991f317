package org.defendersdays.conference.adapter.in.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.defendersdays.conference.application.port.in.BrowsePublicSpeakersUseCase.PublicSpeaker;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.Track;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a published programme into what the public pages and the calendar show, in one language.
 * This is the one place that decides whom a page may name: a contributor's name only through
 * {@link Speaker#nameOn}, and a link (with the person's id) only with it; everyone else is "name
 * withheld", with nothing that could identify them.
 */
@Component
class ProgrammeViews {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MessageSource messages;
    private final String publicUrl;

    ProgrammeViews(MessageSource messages,
            @Value("${defendersdays.public-url:${defendersdays.mail.public-url:http://localhost:8080}}") String publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    // ---- what the pages show

    record AgendaPage(int year, String place, int total, int shown, boolean filtered, List<String> activeFilters,
            Filters filters, List<AgendaDay> days) {
    }

    record AgendaDay(LocalDate date, String id, List<SessionCard> sessions) {
    }

    record Filters(List<Option> days, List<Option> topics, List<Option> languages, List<Option> types,
            List<Option> tracks) {
    }

    record Option(String value, String label, boolean selected) {
    }

    /**
     * @param part this session's part number when it is one of several (1 for a first part that is continued), else 0
     * @param previous the part this one requires, if any
     */
    record SessionCard(String id, String href, String calendarHref, int year, String title, String description,
            LocalDate date, String start, String end, String startsAt, String endsAt, String room, String roomNote,
            String track, String type, String language, List<String> topics, boolean chathamHouse, Integer seats,
            int part, PartLink previous, PartLink next, List<PersonLine> people) {
    }

    record PartLink(String href, String title, int part) {
    }

    /** One person of a session: {@code name} and {@code href} are both null when the name is withheld. */
    record PersonLine(String role, String name, String href) {
    }

    record SpeakerPage(String name, String bio, String organisation, String photo, List<SpeakerSession> sessions) {
    }

    record SpeakerSession(int year, String href, String title, LocalDate date, String start, String end,
            String role) {
    }

    // ---- the agenda

    AgendaPage agenda(PublishedProgramme programme, AgendaFilter filter, Locale locale) {
        Index index = new Index(programme);
        Map<LocalDate, List<SessionCard>> byDay = new LinkedHashMap<>();
        int shown = 0;
        for (ProgrammeSession session : programme.sessions()) {
            if (filter.matches(session)) {
                shown++;
                byDay.computeIfAbsent(session.details().slot().day(), day -> new ArrayList<>())
                        .add(card(programme, index, session, locale, false));
            }
        }
        List<AgendaDay> days = byDay.entrySet().stream()
                .map(entry -> new AgendaDay(entry.getKey(), "day-" + entry.getKey(), entry.getValue())).toList();
        int year = programme.edition().year();
        return new AgendaPage(year, place(programme.edition()), programme.sessions().size(), shown, !filter.isEmpty(),
                activeFilters(programme, filter, locale), filters(programme, filter, locale), days);
    }

    SessionCard session(PublishedProgramme programme, ProgrammeSession session, Locale locale) {
        return card(programme, new Index(programme), session, locale, true);
    }

    private SessionCard card(PublishedProgramme programme, Index index, ProgrammeSession session, Locale locale,
            boolean withDescription) {
        SessionDetails details = session.details();
        int year = programme.edition().year();
        Room room = programme.room(details.room()).orElseThrow();
        Optional<ProgrammeSession> previous = details.continues().map(index.sessions::get);
        Optional<ProgrammeSession> next = Optional.ofNullable(index.nextPart.get(session.id()));
        int part = previous.isPresent() || next.isPresent() ? index.part(session) : 0;
        List<PersonLine> people = details.contributors().stream().map(contributor -> person(programme, contributor))
                .toList();
        return new SessionCard(session.id().toString(), sessionPath(year, session.id()),
                sessionPath(year, session.id()) + ".ics", year, details.title(),
                withDescription ? details.description().orElse(null) : null, details.slot().day(),
                TIME.format(details.slot().start()), TIME.format(details.slot().end()),
                details.slot().startMoment().toOffsetDateTime().toString(),
                details.slot().endMoment().toOffsetDateTime().toString(), room.name(), room.note().orElse(null),
                details.track().flatMap(programme::track).map(Track::name).orElse(null), details.type().name(),
                languages(details, locale), details.topics().stream().map(topic -> topicName(programme, topic, locale))
                        .sorted().toList(),
                details.chathamHouseRule(), details.seats().orElse(null), part,
                previous.map(earlier -> new PartLink(sessionPath(year, earlier.id()), earlier.details().title(),
                        index.part(earlier))).orElse(null),
                next.map(later -> new PartLink(sessionPath(year, later.id()), later.details().title(),
                        index.part(later))).orElse(null),
                people);
    }

    private static PersonLine person(PublishedProgramme programme, Contributor contributor) {
        Speaker speaker = programme.speakers().get(contributor.speaker());
        Optional<String> name = speaker == null ? Optional.empty() : speaker.nameOn(contributor);
        return name.map(shown -> new PersonLine(contributor.role().name(), shown,
                "/conference/speakers/" + contributor.speaker()))
                .orElseGet(() -> new PersonLine(contributor.role().name(), null, null));
    }

    /** "English, interpreted into Russian and Arabic", in the page's language. */
    String languages(SessionDetails details, Locale locale) {
        String spoken = languageName(details.language(), locale);
        if (details.interpretation().isEmpty()) {
            return spoken;
        }
        List<String> into = details.interpretation().stream().map(language -> languageName(language, locale))
                .sorted().toList();
        return messages.getMessage("conference.session.interpreted", new Object[] { spoken, list(into, locale) },
                locale);
    }

    private static String list(List<String> items, Locale locale) {
        return String.join("ar".equals(locale.getLanguage()) ? "، " : ", ", items);
    }

    static String languageName(LanguageCode language, Locale locale) {
        String name = Locale.forLanguageTag(language.value()).getDisplayLanguage(locale);
        if (name.isEmpty() || name.equals(language.value())) {
            return language.value();
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    String topicName(PublishedProgramme programme, Topic topic, Locale locale) {
        String stored = programme.topicNames().getOrDefault(topic, topic.slug());
        return topic.isBuiltIn() ? messages.getMessage("conference.topic." + topic.slug(), null, stored, locale)
                : stored;
    }

    private static String place(Edition edition) {
        return edition.facts().venue().map(venue -> venue + ", " + edition.facts().city())
                .orElse(edition.facts().city());
    }

    private Filters filters(PublishedProgramme programme, AgendaFilter filter, Locale locale) {
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<String> languages = new TreeSet<>();
        List<Topic> topics = new ArrayList<>();
        List<SessionType> types = new ArrayList<>();
        for (ProgrammeSession session : programme.sessions()) {
            SessionDetails details = session.details();
            days.add(details.slot().day());
            languages.add(details.language().value());
            details.interpretation().forEach(language -> languages.add(language.value()));
            details.topics().stream().filter(topic -> !topics.contains(topic)).forEach(topics::add);
            if (!types.contains(details.type())) {
                types.add(details.type());
            }
        }
        DateTimeFormatter dayFormat = DateTimeFormatter.ofPattern("EEEE d MMMM", locale);
        return new Filters(
                days.stream().map(day -> new Option(day.toString(), dayFormat.format(day),
                        filter.day().filter(day::equals).isPresent())).toList(),
                topics.stream().map(topic -> new Option(topic.slug(), topicName(programme, topic, locale),
                        filter.topic().filter(topic::equals).isPresent()))
                        .sorted(Comparator.comparing(Option::label)).toList(),
                languages.stream().map(code -> new Option(code, languageName(LanguageCode.of(code), locale),
                        filter.language().filter(LanguageCode.of(code)::equals).isPresent()))
                        .sorted(Comparator.comparing(Option::label)).toList(),
                types.stream().sorted().map(type -> new Option(type.name(),
                        messages.getMessage("conference.session.type." + type.name(), null, locale),
                        filter.type().filter(type::equals).isPresent())).toList(),
                programme.tracks().stream().map(track -> new Option(track.id().toString(), track.name(),
                        filter.track().filter(track.id()::equals).isPresent())).toList());
    }

    private List<String> activeFilters(PublishedProgramme programme, AgendaFilter filter, Locale locale) {
        List<String> active = new ArrayList<>();
        filter.day().ifPresent(day -> active.add(label("day", locale,
                DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(day))));
        filter.topic().ifPresent(topic -> active.add(label("topic", locale, topicName(programme, topic, locale))));
        filter.language().ifPresent(language -> active.add(label("language", locale, languageName(language, locale))));
        filter.type().ifPresent(type -> active.add(label("type", locale,
                messages.getMessage("conference.session.type." + type.name(), null, locale))));
        filter.track().ifPresent(track -> active.add(label("track", locale,
                programme.track(track).map(Track::name).orElse("-"))));
        return active;
    }

    private String label(String what, Locale locale, String value) {
        return messages.getMessage("conference.agenda.filter." + what, null, locale) + ": " + value;
    }

    // ---- a speaker

    SpeakerPage speaker(PublicSpeaker speaker, Locale locale) {
        var profile = speaker.profile();
        return new SpeakerPage(profile.name(), profile.bio().orElse(null), profile.organisation().orElse(null),
                profile.photo().map(photo -> "/conference/speakers/" + profile.id() + "/photo/" + photo.sha256()
                        + ".jpg").orElse(null),
                speaker.sessions().stream().map(named -> {
                    SessionDetails details = named.session().details();
                    return new SpeakerSession(named.edition().year(),
                            sessionPath(named.edition().year(), named.session().id()), details.title(),
                            details.slot().day(), TIME.format(details.slot().start()),
                            TIME.format(details.slot().end()), named.role().name());
                }).toList());
    }

    // ---- the calendar

    List<CalendarEvent> calendarEvents(PublishedProgramme programme, List<ProgrammeSession> sessions, Locale locale) {
        String notice = messages.getMessage("conference.calendar.chathamHouse", null, locale);
        String withheld = messages.getMessage("conference.person.withheld", null, locale);
        return sessions.stream().map(session -> {
            SessionDetails details = session.details();
            Room room = programme.room(details.room()).orElseThrow();
            List<String> people = details.contributors().stream().map(contributor -> {
                PersonLine line = person(programme, contributor);
                return messages.getMessage("conference.role." + line.role(), null, locale) + ": "
                        + (line.name() == null ? withheld : line.name());
            }).toList();
            return new CalendarEvent(session.id(), details.title(), details.description(), details.slot(),
                    room.name() + ", " + place(programme.edition()), people, details.chathamHouseRule(), notice,
                    URI.create(publicUrl + sessionPath(programme.edition().year(), session.id())));
        }).toList();
    }

    String calendarName(PublishedProgramme programme, Locale locale) {
        return messages.getMessage("conference.edition.name", new Object[] { programme.edition().year() }, locale);
    }

    static String sessionPath(int year, SessionId id) {
        return "/conference/editions/" + year + "/sessions/" + id;
    }

    /** Parts of workshops: which session continues which, and what number each part is. */
    private static final class Index {

        private final Map<SessionId, ProgrammeSession> sessions = new HashMap<>();
        private final Map<SessionId, ProgrammeSession> nextPart = new HashMap<>();

        Index(PublishedProgramme programme) {
            for (ProgrammeSession session : programme.sessions()) {
                sessions.put(session.id(), session);
                session.details().continues().ifPresent(earlier -> nextPart.put(earlier, session));
            }
        }

        int part(ProgrammeSession session) {
            int part = 1;
            Optional<SessionId> earlier = session.details().continues();
            while (earlier.isPresent() && part < 50) {
                part++;
                ProgrammeSession found = sessions.get(earlier.get());
                earlier = found == null ? Optional.empty() : found.details().continues();
            }
            return part;
        }
    }
}
