package org.defendersdays.conference.domain.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The waitlisted applications of an edition in rank order (first = rank 1 = next to be offered a
 * place). Ranks are always 1..n without gaps.
 */
@ValueObject
public record Waitlist(List<UUID> ranked) {

    public Waitlist {
        ranked = List.copyOf(ranked);
    }

    /** The rank a newly waitlisted application gets: after everyone already waiting. */
    public int nextRank() {
        return ranked.size() + 1;
    }

    /** The first in rank order who may take a place (whose region still has room, who has not withdrawn). */
    public Optional<UUID> next(Predicate<UUID> eligible) {
        return ranked.stream().filter(eligible).findFirst();
    }

    /** Without the application; those after it move up one rank. */
    public Waitlist without(UUID application) {
        List<UUID> rest = new ArrayList<>(ranked);
        rest.remove(application);
        return new Waitlist(rest);
    }

    /** The application moved one rank up (towards 1) or down; at either end nothing changes. */
    public Waitlist moved(UUID application, boolean up) {
        int index = ranked.indexOf(application);
        if (index < 0) {
            throw new SelectionRuleViolation("form", "selection.waitlist.error.notWaiting");
        }
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ranked.size()) {
            return this;
        }
        List<UUID> order = new ArrayList<>(ranked);
        order.set(index, ranked.get(other));
        order.set(other, application);
        return new Waitlist(order);
    }

    public int rankOf(UUID application) {
        return ranked.indexOf(application) + 1;
    }
}
