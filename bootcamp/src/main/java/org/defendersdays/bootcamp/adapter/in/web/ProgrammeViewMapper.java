package org.defendersdays.bootcamp.adapter.in.web;

import java.util.List;

import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.Topic;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ProgrammeViewMapper {

    @Mapping(target = "slug", expression = "java(programme.slug().value())")
    @Mapping(target = "title", expression = "java(programme.outline().title())")
    @Mapping(target = "summary", expression = "java(programme.outline().summary())")
    @Mapping(target = "format", expression = "java(programme.outline().format().name())")
    @Mapping(target = "durationWeeks", expression = "java(programme.outline().durationWeeks())")
    @Mapping(target = "languages", expression = "java(toCodes(programme.outline().languages()))")
    @Mapping(target = "topics", expression = "java(toSlugs(programme.outline().topics()))")
    ProgrammeView toView(TrainingProgramme programme);

    List<ProgrammeView> toViews(List<TrainingProgramme> programmes);

    default List<String> toCodes(List<Language> languages) {
        return languages.stream().map(Language::code).toList();
    }

    default List<String> toSlugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toList();
    }
}
