package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.GroupId;

/** A moderator makes a draft topic group public. */
public interface PublishGroupUseCase {

    /**
     * @throws UnknownGroup if there is no such group
     * @throws org.defendersdays.community.domain.GroupRuleViolation if it is not a draft topic group
     */
    void publish(GroupId group);
}
