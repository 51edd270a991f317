package org.defendersdays.conference.domain.programme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.programme.ScheduleConflict.Kind;

/**
 * Checks a session against the rest of its edition's programme: the day is one of the edition's,
 * no room and no person is in two places at once, and the parts of a workshop follow each other
 * (part 2 after part 1 has ended, one continuation per part, no circles). An empty answer means
 * the session fits; otherwise it is not stored, and the admin sees every conflict at once.
 */
public final class ScheduleCheck {

    private ScheduleCheck() {
    }

    /**
     * @param candidate the session as the admin wants it (new, or a revision of a stored one)
     * @param days the edition's days, if it has dates yet
     * @param programme the edition's stored sessions (the candidate's stored self is ignored)
     */
    public static List<ScheduleConflict> conflicts(ProgrammeSession candidate, Optional<EditionDates> days,
            Collection<ProgrammeSession> programme) {
        SessionDetails wanted = candidate.details();
        Map<SessionId, ProgrammeSession> others = programme.stream()
                .filter(session -> !session.id().equals(candidate.id()))
                .collect(Collectors.toMap(ProgrammeSession::id, Function.identity()));
        List<ScheduleConflict> conflicts = new ArrayList<>();

        boolean outsideTheEdition = days.filter(edition -> wanted.slot().day().isBefore(edition.start())
                || wanted.slot().day().isAfter(edition.end())).isPresent();
        if (outsideTheEdition) {
            conflicts.add(ScheduleConflict.of(Kind.OUTSIDE_EDITION_DAYS));
        }
        for (ProgrammeSession other : others.values()) {
            SessionDetails theirs = other.details();
            if (!wanted.slot().overlaps(theirs.slot())) {
                continue;
            }
            if (wanted.room().equals(theirs.room())) {
                conflicts.add(ScheduleConflict.with(Kind.ROOM_DOUBLE_BOOKED, other.id()));
            }
            for (Contributor contributor : wanted.contributors()) {
                if (theirs.involves(contributor.speaker())) {
                    conflicts.add(ScheduleConflict.with(Kind.PERSON_DOUBLE_BOOKED, other.id(),
                            contributor.speaker()));
                }
            }
        }
        wanted.continues().ifPresent(previousId -> checkPrevious(candidate, previousId, others, conflicts));
        others.values().stream()
                .filter(other -> other.details().continues().filter(candidate.id()::equals).isPresent())
                .filter(next -> !wanted.slot().endsBy(next.details().slot()))
                .forEach(next -> conflicts.add(ScheduleConflict.with(Kind.AFTER_NEXT_PART, next.id())));
        return List.copyOf(conflicts);
    }

    private static void checkPrevious(ProgrammeSession candidate, SessionId previousId,
            Map<SessionId, ProgrammeSession> others, List<ScheduleConflict> conflicts) {
        ProgrammeSession previous = others.get(previousId);
        if (previous == null || !previous.details().type().mayHaveParts()) {
            conflicts.add(ScheduleConflict.with(Kind.PREVIOUS_PART_UNKNOWN, previousId));
            return;
        }
        if (!previous.details().slot().endsBy(candidate.details().slot())) {
            conflicts.add(ScheduleConflict.with(Kind.BEFORE_PREVIOUS_PART, previousId));
        }
        others.values().stream()
                .filter(other -> other.details().continues().filter(previousId::equals).isPresent())
                .forEach(rival -> conflicts.add(ScheduleConflict.with(Kind.PREVIOUS_PART_ALREADY_CONTINUED,
                        rival.id())));
        Set<SessionId> seen = new HashSet<>(Set.of(candidate.id()));
        Optional<SessionId> step = Optional.of(previousId);
        while (step.isPresent()) {
            if (!seen.add(step.get())) {
                conflicts.add(ScheduleConflict.with(Kind.PARTS_IN_A_CIRCLE, previousId));
                return;
            }
            step = Optional.ofNullable(others.get(step.get())).flatMap(session -> session.details().continues());
        }
    }
}
