package org.defendersdays.community.application.port.in;

import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A moderator changes groups in the back office. Each change goes through its own use case and is
 * recorded in the audit trail, with who made it, in the same transaction: no change without its
 * entry, no entry for a change that was rolled back.
 */
public interface ModerateGroupsUseCase {

    /** @see CreateTopicGroupUseCase#create */
    GroupId create(PersonId moderator, CreateTopicGroupCommand command);

    /** @see DescribeGroupUseCase#describe */
    void describe(PersonId moderator, DescribeGroupCommand command);

    /** @see PublishGroupUseCase#publish */
    void publish(PersonId moderator, GroupId group);

    /** @see ArchiveGroupUseCase#archive */
    void archive(PersonId moderator, GroupId group);
}
