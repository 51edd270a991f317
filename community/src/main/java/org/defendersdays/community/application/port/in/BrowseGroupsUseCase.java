package org.defendersdays.community.application.port.in;

import java.util.List;

import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;

/** Anyone sees which groups are published (never who belongs to them). Drafts and archived groups stay hidden. */
public interface BrowseGroupsUseCase {

    /** The published groups, the newest edition first, then groups about topics; each last opened first. */
    List<Group> groups();

    /**
     * @throws UnknownGroup if there is no such group, or it is not published
     */
    Group group(GroupId id);
}
