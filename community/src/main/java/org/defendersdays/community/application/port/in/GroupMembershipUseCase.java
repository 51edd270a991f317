package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;

/** A signed-in person sees whether they belong to a group, and may leave it. Nobody sees anyone else's. */
public interface GroupMembershipUseCase {

    boolean isMember(GroupId group, PersonId person);

    /**
     * The person leaves the group; leaving a group one does not belong to changes nothing.
     *
     * @throws UnknownGroup if there is no such public group
     */
    void leave(GroupId group, PersonId person);
}
