package org.defendersdays.community.config;

import java.time.Clock;
import java.util.List;

import org.defendersdays.community.application.GroupService;
import org.defendersdays.community.application.MembershipService;
import org.defendersdays.community.application.port.out.GroupMembers;
import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires group membership: who joins an edition's group on acceptance, and leaving a group. */
@Configuration(proxyBeanMethods = false)
public class CommunityMembershipConfiguration {

    @Bean
    MembershipService membershipService(GroupService groupService, Groups groups, GroupMembers members) {
        return new MembershipService(groupService, groups, members, Clock.systemUTC());
    }

    /** Leaving is for the signed-in member themselves. */
    @Bean
    AccessRules communityMembershipAccessRules() {
        return new AccessRules("community-membership", List.of(AccessRules.members("/community/groups/*/leave")));
    }
}
