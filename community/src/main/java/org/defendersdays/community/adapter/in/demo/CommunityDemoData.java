package org.defendersdays.community.adapter.in.demo;

import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.community.application.port.in.BrowseAllGroupsUseCase;
import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.CreateTopicGroupUseCase;
import org.defendersdays.community.application.port.in.PublishGroupUseCase;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The community's demo data: three published topic groups and one draft that stays off the public
 * pages (the edition groups come from the conference's demo editions, through its announcements).
 * Loaded through the real use cases, at every start with the {@code demo} profile, adding only the
 * groups whose name is not there yet. Fictional content; no members, no real people.
 */
@Component
@Profile("demo")
@Order(30)
class CommunityDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CommunityDemoData.class);

    private final BrowseAllGroupsUseCase groups;
    private final CreateTopicGroupUseCase create;
    private final PublishGroupUseCase publish;

    CommunityDemoData(BrowseAllGroupsUseCase groups, CreateTopicGroupUseCase create, PublishGroupUseCase publish) {
        this.groups = groups;
        this.create = create;
        this.publish = publish;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> present = groups.allGroups().stream()
                .flatMap(group -> group.profile().map(GroupProfile::name).stream()).collect(Collectors.toSet());
        published(present, GroupProfile.of("Digital security circle",
                "Defenders who look after the devices, accounts and communications of their organisations "
                        + "compare notes on threats they meet and tools that help.\n\n"
                        + "Questions from beginners are welcome."));
        published(present, GroupProfile.of("Well-being and collective care",
                "Exchange on preventing burnout, caring for each other in teams under pressure, and finding "
                        + "support after difficult times."));
        published(present, GroupProfile.of("Documenting violations",
                "Methods for recording, verifying and safely storing evidence of human rights violations."));
        draft(present, GroupProfile.of("Defenders in exile",
                "Staying active and safe after leaving one's country. Being prepared with the moderators."));
    }

    private void published(Set<String> present, GroupProfile profile) {
        if (!present.contains(profile.name())) {
            publish.publish(created(profile));
        }
    }

    private void draft(Set<String> present, GroupProfile profile) {
        if (!present.contains(profile.name())) {
            created(profile);
        }
    }

    private GroupId created(GroupProfile profile) {
        GroupId id = create.create(new CreateTopicGroupCommand(profile));
        log.info("Demo data: topic group {} added", id);
        return id;
    }
}
