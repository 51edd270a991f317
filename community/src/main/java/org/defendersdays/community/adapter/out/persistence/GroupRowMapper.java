package org.defendersdays.community.adapter.out.persistence;

import java.util.Optional;

import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupPurpose;
import org.defendersdays.community.domain.GroupStatus;
import org.defendersdays.community.domain.GroupVisibility;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Translates between the group aggregate and its row. Rows are rebuilt into aggregates through
 * {@link Group#rehydrate}, so stored data passes the same invariants as new data. The aggregate has
 * fluent accessors, which MapStruct does not see as properties, hence the explicit expressions.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR,
        imports = { EditionReference.class, GroupProfile.class })
interface GroupRowMapper {

    @Mapping(target = "id", expression = "java(group.id().value())")
    @Mapping(target = "purpose", expression = "java(group.purpose().name())")
    @Mapping(target = "editionId", expression = "java(group.edition().map(EditionReference::editionId).orElse(null))")
    @Mapping(target = "editionYear", expression = "java(group.edition().map(EditionReference::year).orElse(null))")
    @Mapping(target = "name", expression = "java(group.profile().map(GroupProfile::name).orElse(null))")
    @Mapping(target = "description",
            expression = "java(group.profile().flatMap(GroupProfile::description).orElse(null))")
    @Mapping(target = "openedAt", expression = "java(group.openedAt())")
    @Mapping(target = "visibility", expression = "java(group.visibility().name())")
    @Mapping(target = "status", expression = "java(group.status().name())")
    @Mapping(target = "version", expression = "java(group.version())")
    GroupRow toRow(Group group);

    default Group toDomain(GroupRow row) {
        Optional<EditionReference> edition = row.editionId() == null
                ? Optional.empty()
                : Optional.of(new EditionReference(row.editionId(), row.editionYear()));
        Optional<GroupProfile> profile = row.name() == null
                ? Optional.empty()
                : Optional.of(new GroupProfile(row.name(), Optional.ofNullable(row.description())));
        return Group.rehydrate(new GroupId(row.id()), GroupPurpose.valueOf(row.purpose()), edition, profile,
                row.openedAt(), GroupVisibility.valueOf(row.visibility()), GroupStatus.valueOf(row.status()),
                row.version());
    }
}
