package org.defendersdays.conference.domain.selection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * The selection decision on one submitted application, and what became of the place it offered.
 * Immutable: every change returns the next state, with the version it was read at (the store
 * refuses it if someone changed the decision since).
 *
 * @param waitlistRank for a waitlisted application, its place in the queue (1 = offered the next free place)
 * @param place for an accepted application: offered, then confirmed, declined or expired
 * @param version 0 for a decision not stored yet
 */
public record Decision(UUID applicationId, Outcome outcome, OptionalInt waitlistRank, Optional<PlaceStatus> place,
        Optional<Instant> confirmBy, Instant decidedAt, PersonId decidedBy, Optional<Instant> answeredAt,
        long version) {

    public Decision {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if ((outcome == Outcome.WAITLISTED) != waitlistRank.isPresent()) {
            throw new IllegalArgumentException("a rank belongs to waitlisted applications only");
        }
        if ((outcome == Outcome.ACCEPTED) != place.isPresent()) {
            throw new IllegalArgumentException("a place belongs to accepted applications only");
        }
        if (place.filter(PlaceStatus.OFFERED::equals).isPresent() && confirmBy.isEmpty()) {
            throw new IllegalArgumentException("an offered place has a deadline");
        }
    }

    /** Accepted: a place is offered, to be confirmed within the call's confirmation days. */
    public static Decision accept(UUID application, PersonId by, Instant now, int confirmationDays, long version) {
        return new Decision(application, Outcome.ACCEPTED, OptionalInt.empty(), Optional.of(PlaceStatus.OFFERED),
                Optional.of(deadline(now, confirmationDays)), now, by, Optional.empty(), version);
    }

    public static Decision waitlist(UUID application, int rank, PersonId by, Instant now, long version) {
        return new Decision(application, Outcome.WAITLISTED, OptionalInt.of(rank), Optional.empty(), Optional.empty(),
                now, by, Optional.empty(), version);
    }

    public static Decision decline(UUID application, PersonId by, Instant now, long version) {
        return new Decision(application, Outcome.DECLINED, OptionalInt.empty(), Optional.empty(), Optional.empty(), now,
                by, Optional.empty(), version);
    }

    private static Instant deadline(Instant now, int confirmationDays) {
        if (confirmationDays < 1 || confirmationDays > 90) {
            throw new IllegalArgumentException("confirmation days out of range: " + confirmationDays);
        }
        return now.plus(Duration.ofDays(confirmationDays));
    }

    /** A waitlisted applicant moves up into a free place: offered, with a fresh deadline. */
    public Decision promote(Instant now, int confirmationDays) {
        if (outcome != Outcome.WAITLISTED) {
            throw new IllegalStateException("only a waitlisted application is promoted");
        }
        return new Decision(applicationId, Outcome.ACCEPTED, OptionalInt.empty(), Optional.of(PlaceStatus.OFFERED),
                Optional.of(deadline(now, confirmationDays)), now, decidedBy, Optional.empty(), version);
    }

    /** The person takes the offered place, before its deadline. */
    public Decision confirm(Instant now) {
        requireOpenOffer(now);
        return answered(PlaceStatus.CONFIRMED, now);
    }

    /** The person gives the offered (or already confirmed) place back. */
    public Decision declinePlace(Instant now) {
        if (place.filter(PlaceStatus::isTaken).isEmpty()) {
            throw new SelectionRuleViolation("form", "selection.place.error.notOffered");
        }
        if (place.get() == PlaceStatus.OFFERED && isOverdue(now)) {
            throw new SelectionRuleViolation("form", "selection.place.error.expired");
        }
        return answered(PlaceStatus.DECLINED, now);
    }

    /** An offer nobody answered in time. */
    public Decision expire(Instant now) {
        if (!isOverdue(now)) {
            throw new IllegalStateException("the offer is not overdue");
        }
        return answered(PlaceStatus.EXPIRED, now);
    }

    public boolean isOverdue(Instant now) {
        return place.filter(PlaceStatus.OFFERED::equals).isPresent() && !now.isBefore(confirmBy.orElseThrow());
    }

    public boolean holdsPlace() {
        return place.filter(PlaceStatus::isTaken).isPresent();
    }

    private void requireOpenOffer(Instant now) {
        if (place.filter(PlaceStatus.OFFERED::equals).isEmpty()) {
            throw new SelectionRuleViolation("form", "selection.place.error.notOffered");
        }
        if (isOverdue(now)) {
            throw new SelectionRuleViolation("form", "selection.place.error.expired");
        }
    }

    private Decision answered(PlaceStatus status, Instant now) {
        return new Decision(applicationId, outcome, waitlistRank, Optional.of(status),
                confirmBy, decidedAt, decidedBy, Optional.of(now), version);
    }
}
