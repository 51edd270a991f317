package org.defendersdays.community.application.port.out;

import java.time.Instant;

import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** Who belongs to which group. Only ever asked about one person at a time. */
public interface GroupMembers {

    /**
     * Adds the person to the group unless they already belong to it, or belonged and left, in one
     * atomic step (the store, not the caller, decides, so concurrent calls add one membership).
     *
     * @return whether this call added them
     */
    boolean addIfNeverMember(GroupId group, PersonId person, Instant joinedAt);

    /** Whether the person belongs to the group now (joined and not left). */
    boolean isMember(GroupId group, PersonId person);

    /**
     * Records that the person left the group.
     *
     * @return whether they belonged to it until now
     */
    boolean leave(GroupId group, PersonId person, Instant leftAt);
}
