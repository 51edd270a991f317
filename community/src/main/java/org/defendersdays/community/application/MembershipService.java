package org.defendersdays.community.application;

import java.time.Clock;
import java.util.Objects;

import org.defendersdays.community.application.port.in.AdmitToEditionGroupUseCase;
import org.defendersdays.community.application.port.in.GroupMembershipUseCase;
import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.application.port.out.GroupMembers;
import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/** Membership of groups: accepted participants join their edition's group, and anyone may leave. */
@Transactional
public class MembershipService implements AdmitToEditionGroupUseCase, GroupMembershipUseCase {

    private final OpenEditionGroupUseCase openEditionGroup;
    private final Groups groups;
    private final GroupMembers members;
    private final Clock clock;

    public MembershipService(OpenEditionGroupUseCase openEditionGroup, Groups groups, GroupMembers members,
            Clock clock) {
        this.openEditionGroup = Objects.requireNonNull(openEditionGroup, "openEditionGroup");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.members = Objects.requireNonNull(members, "members");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opening the group is itself idempotent and atomic, so an acceptance that overtakes the
     * edition's announcement opens the group the same way the announcement would have.
     */
    @Override
    public GroupId admit(EditionReference edition, PersonId person) {
        GroupId group = openEditionGroup.openFor(edition);
        members.addIfNeverMember(group, person, clock.instant());
        return group;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(GroupId group, PersonId person) {
        return members.isMember(group, person);
    }

    @Override
    public void leave(GroupId group, PersonId person) {
        groups.findById(group).filter(Group::isPublic).orElseThrow(UnknownGroup::new);
        members.leave(group, person, clock.instant());
    }
}
