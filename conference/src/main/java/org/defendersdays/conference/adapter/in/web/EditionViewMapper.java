package org.defendersdays.conference.adapter.in.web;

import java.util.List;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.Topic;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR, imports = { EditionStatus.class, EditionDates.class })
interface EditionViewMapper {

    @Mapping(target = "year", expression = "java(edition.year())")
    @Mapping(target = "startDate", expression = "java(edition.facts().dates().map(EditionDates::start).orElse(null))")
    @Mapping(target = "endDate", expression = "java(edition.facts().dates().map(EditionDates::end).orElse(null))")
    @Mapping(target = "city", expression = "java(edition.facts().city())")
    @Mapping(target = "venue", expression = "java(edition.facts().venue().orElse(null))")
    @Mapping(target = "theme", expression = "java(edition.facts().theme().orElse(null))")
    @Mapping(target = "upcoming", expression = "java(edition.status().isUpcoming())")
    @Mapping(target = "participants", expression = "java(edition.facts().participants().orElse(null))")
    @Mapping(target = "countries", expression = "java(edition.facts().countries().orElse(null))")
    @Mapping(target = "topics", expression = "java(toSlugs(edition.facts().topics()))")
    @Mapping(target = "agenda", expression = "java(edition.status().showsAgenda())")
    EditionView toView(Edition edition);

    List<EditionView> toViews(List<Edition> editions);

    default List<String> toSlugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toList();
    }
}
