package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.TrackId;

/**
 * The session form as typed, every field text, so whatever arrives can be shown back. Contributors
 * come as rows of three parallel fields: a speaker and a role (selects, so every row sends both) and
 * the rows whose name is withheld (checkboxes whose value is the row's number).
 */
record SessionForm(String type, String title, String description, String day, String start, String end,
        String room, String track, List<String> topics, String seats, String language, List<String> interpretation,
        String chathamHouseRule, String continues, List<String> contributorSpeaker, List<String> contributorRole,
        List<String> withheld, String version) {

    /** Blank rows offered for more people, below those already named. */
    static final int SPARE_ROWS = 3;

    SessionForm {
        topics = topics == null ? List.of() : topics;
        interpretation = interpretation == null ? List.of() : interpretation;
        contributorSpeaker = contributorSpeaker == null ? List.of() : contributorSpeaker;
        contributorRole = contributorRole == null ? List.of() : contributorRole;
        withheld = withheld == null ? List.of() : withheld;
    }

    static SessionForm blank(LocalDate firstDay, String language) {
        return new SessionForm("WORKSHOP", "", "", firstDay == null ? "" : firstDay.toString(), "", "", "", "",
                List.of(), "", language, List.of(), null, "", List.of(), List.of(), List.of(), "");
    }

    static SessionForm of(ProgrammeSession session) {
        SessionDetails details = session.details();
        List<String> speakers = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> withheldRows = new ArrayList<>();
        for (int row = 0; row < details.contributors().size(); row++) {
            Contributor contributor = details.contributors().get(row);
            speakers.add(contributor.speaker().toString());
            roles.add(contributor.role().name());
            if (contributor.nameWithheld()) {
                withheldRows.add(String.valueOf(row));
            }
        }
        return new SessionForm(details.type().name(), details.title(), details.description().orElse(""),
                details.slot().day().toString(), details.slot().start().toString(), details.slot().end().toString(),
                details.room().toString(), details.track().map(TrackId::toString).orElse(""),
                details.topics().stream().map(Topic::slug).sorted().toList(),
                details.seats().map(String::valueOf).orElse(""), details.language().value(),
                details.interpretation().stream().map(LanguageCode::value).sorted().toList(),
                details.chathamHouseRule() ? "true" : null, details.continues().map(SessionId::toString).orElse(""),
                speakers, roles, withheldRows, String.valueOf(session.version()));
    }

    /** The same input, with the version of the stored session it will overwrite. */
    SessionForm withVersion(long newVersion) {
        return new SessionForm(type, title, description, day, start, end, room, track, topics, seats, language,
                interpretation, chathamHouseRule, continues, contributorSpeaker, contributorRole, withheld,
                String.valueOf(newVersion));
    }

    public boolean chatham() {
        return "true".equals(chathamHouseRule);
    }

    /** How many contributor rows the form shows: those typed (or stored), and some spare ones. */
    int rows() {
        return Math.min(SessionDetails.CONTRIBUTORS_MAX, Math.max(contributorSpeaker.size(), 1) + SPARE_ROWS);
    }

    public String speakerAt(int row) {
        return row < contributorSpeaker.size() ? contributorSpeaker.get(row) : "";
    }

    public String roleAt(int row) {
        return row < contributorRole.size() ? contributorRole.get(row) : "";
    }

    public boolean withheldAt(int row) {
        return withheld.contains(String.valueOf(row));
    }

    /** What could be read: the details, or, by form field, the message keys of what is wrong. */
    record Reading(Optional<SessionDetails> details, Optional<Long> version, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SessionType> sessionType = parse("type", type, SessionType::valueOf, "programme.session.typeRequired",
                errors);
        if (sessionType.isEmpty()) {
            errors.putIfAbsent("type", "programme.session.typeRequired");
        }
        Optional<LocalDate> sessionDay = parse("day", day, SessionForm::day, "conference.programme.day.invalid",
                errors);
        Optional<LocalTime> from = parse("start", start, LocalTime::parse, "conference.programme.time.invalid", errors);
        Optional<LocalTime> to = parse("end", end, LocalTime::parse, "conference.programme.time.invalid", errors);
        Optional<RoomId> roomId = parse("room", room, text -> new RoomId(UUID.fromString(text)),
                "programme.session.roomUnknown", errors);
        Optional<TrackId> trackId = parse("track", track, text -> new TrackId(UUID.fromString(text)),
                "programme.session.trackUnknown", errors);
        Set<Topic> topicSet = new LinkedHashSet<>();
        for (String slug : topics) {
            parse("topics", slug, Topic::new, "programme.session.topicUnknown", errors).ifPresent(topicSet::add);
        }
        Optional<Integer> seatCount = parse("seats", seats, Integer::valueOf, "conference.programme.seats.invalid",
                errors);
        Optional<LanguageCode> spoken = parse("language", language, LanguageCode::of, "programme.language.unknown",
                errors);
        Set<LanguageCode> interpreted = new LinkedHashSet<>();
        for (String code : interpretation) {
            parse("interpretation", code, LanguageCode::of, "programme.language.unknown", errors)
                    .ifPresent(interpreted::add);
        }
        Optional<SessionId> previous = parse("continues", continues, text -> new SessionId(UUID.fromString(text)),
                "programme.conflict.PREVIOUS_PART_UNKNOWN", errors);
        List<Contributor> people = contributors(errors);
        Optional<Long> seenVersion = parse("form", version, Long::valueOf, "conference.programme.form.damaged",
                errors);
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), seenVersion, errors);
        }
        try {
            TimeSlot slot = new TimeSlot(sessionDay.orElse(null), from.orElse(null), to.orElse(null));
            return new Reading(Optional.of(new SessionDetails(sessionType.get(), title, present(description), slot,
                    roomId.orElse(null), trackId, topicSet, seatCount, spoken.orElse(null), interpreted, chatham(),
                    previous, people)), seenVersion, errors);
        } catch (ProgrammeRuleViolation violation) {
            errors.put(violation.field(), violation.messageKey());
            return new Reading(Optional.empty(), seenVersion, errors);
        }
    }

    private List<Contributor> contributors(Map<String, String> errors) {
        List<Contributor> people = new ArrayList<>();
        for (int row = 0; row < contributorSpeaker.size(); row++) {
            Optional<SpeakerId> speaker = parse("contributors", contributorSpeaker.get(row),
                    text -> new SpeakerId(UUID.fromString(text)), "programme.session.speakerUnknown", errors);
            if (speaker.isEmpty()) {
                continue;
            }
            Optional<ContributionRole> role = parse("contributors", roleAt(row), ContributionRole::valueOf,
                    "conference.programme.role.required", errors);
            if (role.isEmpty()) {
                errors.putIfAbsent("contributors", "conference.programme.role.required");
                continue;
            }
            people.add(new Contributor(speaker.get(), role.get(), withheldAt(row)));
        }
        if (contributorSpeaker.size() > SessionDetails.CONTRIBUTORS_MAX) {
            errors.putIfAbsent("contributors", "programme.session.tooManyContributors");
        }
        return people;
    }

    /** A day people and PostgreSQL both make sense of. */
    private static LocalDate day(String text) {
        LocalDate parsed = LocalDate.parse(text);
        if (parsed.getYear() < 1 || parsed.getYear() > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return parsed;
    }

    private static <T> Optional<T> parse(String field, String text, Function<String, T> parser, String errorKey,
            Map<String, String> errors) {
        try {
            return present(text).map(parser);
        } catch (RuntimeException unreadable) {
            errors.putIfAbsent(field, errorKey);
            return Optional.empty();
        }
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }
}
