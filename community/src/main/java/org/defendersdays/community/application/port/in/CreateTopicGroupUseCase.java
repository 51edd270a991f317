package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.GroupId;

/** A moderator creates a group around a topic; it stays a draft, seen only in the back office. */
public interface CreateTopicGroupUseCase {

    GroupId create(CreateTopicGroupCommand command);
}
