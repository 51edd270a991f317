package org.defendersdays.community.application;

import org.defendersdays.community.application.port.in.ArchiveGroupUseCase;
import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.CreateTopicGroupUseCase;
import org.defendersdays.community.application.port.in.DescribeGroupCommand;
import org.defendersdays.community.application.port.in.DescribeGroupUseCase;
import org.defendersdays.community.application.port.in.ModerateGroupsUseCase;
import org.defendersdays.community.application.port.in.PublishGroupUseCase;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's way into the group use cases: runs one, then records who did it. Only codes and
 * identifiers go into the trail, never a group's name or description. A use case that throws
 * records nothing, and the shared transaction keeps change and entry together.
 */
@Transactional
public class AuditedGroupModeration implements ModerateGroupsUseCase {

    private static final String TARGET = "group";

    private final CreateTopicGroupUseCase creation;
    private final DescribeGroupUseCase description;
    private final PublishGroupUseCase publication;
    private final ArchiveGroupUseCase archiving;
    private final AuditTrail audit;

    public AuditedGroupModeration(CreateTopicGroupUseCase creation, DescribeGroupUseCase description,
            PublishGroupUseCase publication, ArchiveGroupUseCase archiving, AuditTrail audit) {
        this.creation = creation;
        this.description = description;
        this.publication = publication;
        this.archiving = archiving;
        this.audit = audit;
    }

    @Override
    public GroupId create(PersonId moderator, CreateTopicGroupCommand command) {
        GroupId id = creation.create(command);
        record(moderator, "community.group.created", id);
        return id;
    }

    @Override
    public void describe(PersonId moderator, DescribeGroupCommand command) {
        description.describe(command);
        record(moderator, "community.group.described", command.group());
    }

    @Override
    public void publish(PersonId moderator, GroupId group) {
        publication.publish(group);
        record(moderator, "community.group.published", group);
    }

    @Override
    public void archive(PersonId moderator, GroupId group) {
        archiving.archive(group);
        record(moderator, "community.group.archived", group);
    }

    private void record(PersonId moderator, String action, GroupId group) {
        audit.record(AuditEntry.success(moderator, action, TARGET, group.toString()));
    }
}
