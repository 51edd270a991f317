package org.defendersdays.community.adapter.in.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** Opening days are shown in UTC, the zone the opening instant is recorded in. */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = { EditionReference.class, GroupProfile.class, LocalDate.class, ZoneOffset.class })
interface GroupViewMapper {

    @Mapping(target = "id", expression = "java(group.id().value())")
    @Mapping(target = "purpose", expression = "java(group.purpose().name())")
    @Mapping(target = "editionYear", expression = "java(group.edition().map(EditionReference::year).orElse(null))")
    @Mapping(target = "name", expression = "java(group.profile().map(GroupProfile::name).orElse(null))")
    @Mapping(target = "description",
            expression = "java(GroupView.paragraphs(group.profile().flatMap(GroupProfile::description)))")
    @Mapping(target = "openedOn", expression = "java(LocalDate.ofInstant(group.openedAt(), ZoneOffset.UTC))")
    @Mapping(target = "visibility", expression = "java(group.visibility().name())")
    GroupView toView(Group group);

    List<GroupView> toViews(List<Group> groups);
}
