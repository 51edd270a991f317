package org.defendersdays.conference.domain.workshop;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.jmolecules.ddd.types.ValueObject;

/**
 * A workshop as people sign up for it: one session, or every part of a multi-part workshop (part 2
 * {@code continues} part 1, and so on), first part first.
 *
 * <p>Signing up takes the whole series, because that is what a participant expects: a two-part
 * training is one training, and holding a seat in part 2 without part 1 (or in part 1 with part 2
 * full) helps nobody. So a person signs up (and leaves) through the first part; asking for a later
 * part is refused with the first part's title, and leaving any part leaves the whole series. A
 * series has a seat free only when every part has one.
 */
public record WorkshopSeries(List<ProgrammeSession> parts) implements ValueObject {

    public WorkshopSeries {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a series has at least one part");
        }
        if (parts.stream().anyMatch(part -> part.details().type() != SessionType.WORKSHOP)) {
            throw new IllegalArgumentException("only workshops form a series");
        }
    }

    /**
     * The series {@code chosen} starts.
     *
     * @param programme every session of the chosen session's edition
     * @throws SignUpRefused (LATER_PART) if {@code chosen} continues an earlier part
     */
    public static WorkshopSeries startingAt(ProgrammeSession chosen, Collection<ProgrammeSession> programme) {
        Objects.requireNonNull(chosen, "chosen");
        if (chosen.details().continues().isPresent()) {
            throw new SignUpRefused(SignUpRefused.Reason.LATER_PART, first(chosen, programme).details().title());
        }
        List<ProgrammeSession> parts = new ArrayList<>();
        ProgrammeSession part = chosen;
        while (part != null && parts.size() <= programme.size()) {
            parts.add(part);
            SessionId previous = part.id();
            part = programme.stream()
                    .filter(next -> next.details().continues().filter(previous::equals).isPresent()
                            && next.details().type() == SessionType.WORKSHOP)
                    .findFirst().orElse(null);
        }
        return new WorkshopSeries(parts);
    }

    /** The series the given part belongs to, whichever part it is. */
    public static WorkshopSeries containing(ProgrammeSession part, Collection<ProgrammeSession> programme) {
        return startingAt(first(part, programme), programme);
    }

    private static ProgrammeSession first(ProgrammeSession part, Collection<ProgrammeSession> programme) {
        ProgrammeSession first = part;
        for (int guard = 0; guard <= programme.size() && first.details().continues().isPresent(); guard++) {
            SessionId previous = first.details().continues().orElseThrow();
            Optional<ProgrammeSession> earlier = programme.stream().filter(s -> s.id().equals(previous)).findFirst();
            if (earlier.isEmpty()) {
                break;
            }
            first = earlier.get();
        }
        return first;
    }

    public ProgrammeSession first() {
        return parts.get(0);
    }

    public List<SessionId> sessionIds() {
        return parts.stream().map(ProgrammeSession::id).toList();
    }

    /**
     * The first session of a personal programme that any part overlaps in time, if any; sessions of
     * this series itself are not counted.
     */
    public Optional<ProgrammeSession> clashWith(Collection<ProgrammeSession> programmeOfPerson) {
        List<SessionId> own = sessionIds();
        return programmeOfPerson.stream()
                .filter(other -> !own.contains(other.id()))
                .filter(other -> parts.stream().anyMatch(part -> part.details().slot().overlaps(other.details().slot())))
                .sorted((a, b) -> a.details().slot().compareTo(b.details().slot()))
                .findFirst();
    }
}
