package org.defendersdays.bootcamp.adapter.out.persistence;

import java.util.Arrays;
import java.util.List;

import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.bootcamp.domain.Topic;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Translates between the programme aggregate and its row. Rows are rebuilt into aggregates through
 * {@link TrainingProgramme#rehydrate}, so stored data passes the same invariants as new data. The
 * aggregate has fluent accessors, which MapStruct does not see as properties, hence the explicit
 * expressions.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ProgrammeRowMapper {

    @Mapping(target = "id", expression = "java(programme.id().value())")
    @Mapping(target = "slug", expression = "java(programme.slug().value())")
    @Mapping(target = "title", expression = "java(programme.outline().title())")
    @Mapping(target = "summary", expression = "java(programme.outline().summary())")
    @Mapping(target = "format", expression = "java(programme.outline().format().name())")
    @Mapping(target = "durationWeeks", expression = "java(programme.outline().durationWeeks())")
    @Mapping(target = "languages", expression = "java(toCodes(programme.outline().languages()))")
    @Mapping(target = "topics", expression = "java(toSlugs(programme.outline().topics()))")
    @Mapping(target = "status", expression = "java(programme.status().name())")
    @Mapping(target = "version", expression = "java(programme.version())")
    ProgrammeRow toRow(TrainingProgramme programme);

    default TrainingProgramme toDomain(ProgrammeRow row) {
        ProgrammeOutline outline = new ProgrammeOutline(row.title(), row.summary(),
                DeliveryFormat.valueOf(row.format()), row.durationWeeks(), toLanguages(row.languages()),
                toTopics(row.topics()));
        return TrainingProgramme.rehydrate(new ProgrammeId(row.id()), new ProgrammeSlug(row.slug()), outline,
                ProgrammeStatus.valueOf(row.status()), row.version());
    }

    default String[] toCodes(List<Language> languages) {
        return languages.stream().map(Language::code).toArray(String[]::new);
    }

    default String[] toSlugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toArray(String[]::new);
    }

    default List<Language> toLanguages(String[] codes) {
        return codes == null ? List.of() : Arrays.stream(codes).map(Language::new).toList();
    }

    default List<Topic> toTopics(String[] slugs) {
        return slugs == null ? List.of() : Arrays.stream(slugs).map(Topic::new).toList();
    }
}
