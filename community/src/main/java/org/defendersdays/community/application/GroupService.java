package org.defendersdays.community.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.defendersdays.community.application.port.in.ArchiveGroupUseCase;
import org.defendersdays.community.application.port.in.BrowseAllGroupsUseCase;
import org.defendersdays.community.application.port.in.BrowseGroupsUseCase;
import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.CreateTopicGroupUseCase;
import org.defendersdays.community.application.port.in.DescribeGroupCommand;
import org.defendersdays.community.application.port.in.DescribeGroupUseCase;
import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.application.port.in.PublishGroupUseCase;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;
import org.springframework.transaction.annotation.Transactional;

/** The group use cases. */
@Transactional
public class GroupService implements OpenEditionGroupUseCase, BrowseGroupsUseCase, BrowseAllGroupsUseCase,
        CreateTopicGroupUseCase, DescribeGroupUseCase, PublishGroupUseCase, ArchiveGroupUseCase {

    /** Newest edition first; groups without an edition after those with one; then last opened first. */
    static final Comparator<Group> NEWEST_EDITION_FIRST = Comparator
            .comparing((Group group) -> group.edition().map(EditionReference::year).orElse(null),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Group::openedAt, Comparator.reverseOrder());

    private final Groups groups;
    private final Clock clock;

    public GroupService(Groups groups, Clock clock) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * No look-up first: a check followed by an insert would let two concurrent deliveries of the
     * same announcement both pass the check. The store decides, atomically.
     */
    @Override
    public GroupId openFor(EditionReference edition) {
        Group candidate = Group.forEdition(GroupId.generate(), edition, clock.instant());
        return groups.addIfAbsent(candidate).id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> groups() {
        return groups.findAll().stream().filter(Group::isPublic).sorted(NEWEST_EDITION_FIRST).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Group group(GroupId id) {
        return groups.findById(id).filter(Group::isPublic).orElseThrow(UnknownGroup::new);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> allGroups() {
        return groups.findAll().stream().sorted(NEWEST_EDITION_FIRST).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Group anyGroup(GroupId id) {
        return groups.findById(id).orElseThrow(UnknownGroup::new);
    }

    @Override
    public GroupId create(CreateTopicGroupCommand command) {
        return groups.save(Group.aboutTopic(GroupId.generate(), command.profile(), clock.instant())).id();
    }

    @Override
    public void describe(DescribeGroupCommand command) {
        change(command.group(), group -> {
            group.requireVersion(command.readVersion());
            group.describe(command.profile());
        });
    }

    @Override
    public void publish(GroupId id) {
        change(id, Group::publish);
    }

    @Override
    public void archive(GroupId id) {
        change(id, Group::archive);
    }

    /** Loads, changes and stores one group; the store refuses the change if another one came first. */
    private void change(GroupId id, Consumer<Group> change) {
        Group group = anyGroup(id);
        change.accept(group);
        groups.save(group);
    }
}
