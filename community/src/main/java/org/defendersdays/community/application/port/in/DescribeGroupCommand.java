package org.defendersdays.community.application.port.in;

import java.util.Objects;

import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;

/**
 * Give a topic group a new name and description.
 *
 * @param readVersion the version of the group the moderator saw when they started editing
 */
public record DescribeGroupCommand(GroupId group, long readVersion, GroupProfile profile) {

    public DescribeGroupCommand {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(profile, "profile");
    }
}
