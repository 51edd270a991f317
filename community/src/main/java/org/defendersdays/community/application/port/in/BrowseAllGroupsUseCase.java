package org.defendersdays.community.application.port.in;

import java.util.List;

import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;

/** Moderators see every group, drafts and archived ones included (never who belongs to them). */
public interface BrowseAllGroupsUseCase {

    /** Every group, in the order of {@link BrowseGroupsUseCase#groups()}. */
    List<Group> allGroups();

    /**
     * @throws UnknownGroup if there is no such group
     */
    Group anyGroup(GroupId id);
}
