package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.GroupId;

/** A moderator takes a published topic group off the public pages. */
public interface ArchiveGroupUseCase {

    /**
     * @throws UnknownGroup if there is no such group
     * @throws org.defendersdays.community.domain.GroupRuleViolation if it is not a published topic group
     */
    void archive(GroupId group);
}
