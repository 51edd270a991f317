package org.defendersdays.conference.domain.programme;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.defendersdays.conference.domain.Topic;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Everything an admin says about a session, checked as a whole: texts within their lengths, seats
 * only (and always) for workshops, interpretation into languages other than the one spoken, each
 * person at most once, and a workshop continuing only another workshop.
 *
 * @param continues the earlier part this session continues (part 2 requires part 1), if any
 * @param chathamHouseRule whether what is said may be used but not attributed (no recording either)
 */
public record SessionDetails(SessionType type, String title, Optional<String> description, TimeSlot slot,
        RoomId room, Optional<TrackId> track, Set<Topic> topics, Optional<Integer> seats, LanguageCode language,
        Set<LanguageCode> interpretation, boolean chathamHouseRule, Optional<SessionId> continues,
        List<Contributor> contributors) implements ValueObject {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int SEATS_MAX = 1000;
    public static final int CONTRIBUTORS_MAX = 20;

    public SessionDetails {
        if (type == null) {
            throw new ProgrammeRuleViolation("type", "programme.session.typeRequired");
        }
        title = Text.required("title", title, TITLE_MAX);
        description = Text.optional("description", description == null ? null : description.orElse(null),
                DESCRIPTION_MAX, true);
        Objects.requireNonNull(slot, "slot");
        if (room == null) {
            throw new ProgrammeRuleViolation("room", "programme.session.roomRequired");
        }
        track = track == null ? Optional.empty() : track;
        topics = topics == null ? Set.of() : Set.copyOf(topics);
        seats = seats == null ? Optional.empty() : seats;
        if (type.hasSeats() && seats.isEmpty()) {
            throw new ProgrammeRuleViolation("seats", "programme.session.seatsRequired");
        }
        if (!type.hasSeats() && seats.isPresent()) {
            throw new ProgrammeRuleViolation("seats", "programme.session.seatsOnlyForWorkshops");
        }
        if (seats.isPresent() && (seats.get() < 1 || seats.get() > SEATS_MAX)) {
            throw new ProgrammeRuleViolation("seats", "programme.session.seatsOutOfRange");
        }
        if (language == null) {
            throw new ProgrammeRuleViolation("language", "programme.session.languageRequired");
        }
        interpretation = interpretation == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(interpretation));
        if (interpretation.contains(language)) {
            throw new ProgrammeRuleViolation("interpretation", "programme.session.interpretedIntoItsOwnLanguage");
        }
        continues = continues == null ? Optional.empty() : continues;
        if (continues.isPresent() && !type.mayHaveParts()) {
            throw new ProgrammeRuleViolation("continues", "programme.session.onlyWorkshopsHaveParts");
        }
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        if (contributors.size() > CONTRIBUTORS_MAX) {
            throw new ProgrammeRuleViolation("contributors", "programme.session.tooManyContributors");
        }
        if (contributors.stream().map(Contributor::speaker).distinct().count() < contributors.size()) {
            throw new ProgrammeRuleViolation("contributors", "programme.session.contributorTwice");
        }
    }

    /** Whether the person leads or speaks in this session. */
    public boolean involves(SpeakerId speaker) {
        return contributors.stream().anyMatch(contributor -> contributor.speaker().equals(speaker));
    }
}
