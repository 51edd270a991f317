package org.defendersdays.community.application.port.in;

import java.util.Objects;

import org.defendersdays.community.domain.GroupProfile;

/** Create a group around a topic, with its name and description. */
public record CreateTopicGroupCommand(GroupProfile profile) {

    public CreateTopicGroupCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
