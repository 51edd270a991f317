package org.defendersdays.community.adapter.in.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupStatus;

/**
 * One group as the back office lists it, with the steps open to it now. Edition groups follow the
 * conference, so no step is open to them here. Never who belongs to the group.
 */
record GroupAdminView(String id, String purpose, Integer editionYear, String name, LocalDate openedOn,
        String visibility, String status, boolean isPublic, boolean canEdit, boolean canPublish, boolean canArchive) {

    static GroupAdminView of(Group group) {
        boolean topic = !group.purpose().isAboutAnEdition();
        GroupStatus status = group.status();
        return new GroupAdminView(group.id().toString(), group.purpose().name(),
                group.edition().map(EditionReference::year).orElse(null),
                group.profile().map(GroupProfile::name).orElse(null),
                LocalDate.ofInstant(group.openedAt(), ZoneOffset.UTC), group.visibility().name(), status.name(),
                group.isPublic(), topic && status != GroupStatus.ARCHIVED, topic && status == GroupStatus.DRAFT,
                topic && status == GroupStatus.PUBLISHED);
    }
}
