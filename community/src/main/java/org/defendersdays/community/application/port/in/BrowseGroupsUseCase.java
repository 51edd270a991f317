package org.defendersdays.community.application.port.in;

import java.util.List;

import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;

/** Anyone sees which groups exist (never who belongs to them). */
public interface BrowseGroupsUseCase {

    /** All groups, the newest edition first; groups of the same edition year, last opened first. */
    List<Group> groups();

    /**
     * @throws UnknownGroup if there is no such group
     */
    Group group(GroupId id);
}
