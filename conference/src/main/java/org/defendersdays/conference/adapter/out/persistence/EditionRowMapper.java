package org.defendersdays.conference.adapter.out.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Translates between the edition aggregate and its row. Rows are rebuilt into aggregates through
 * {@link Edition#rehydrate}, so stored data passes the same invariants as new data. The aggregate has
 * fluent accessors, which MapStruct does not see as properties, hence the explicit expressions.
 */
@Mapper(componentModel = "spring", unmappedTargetPolicy = ReportingPolicy.ERROR, imports = EditionDates.class)
interface EditionRowMapper {

    @Mapping(target = "id", expression = "java(edition.id().value())")
    @Mapping(target = "year", expression = "java(edition.year())")
    @Mapping(target = "status", expression = "java(edition.status().name())")
    @Mapping(target = "version", expression = "java(edition.version())")
    @Mapping(target = "startDate", expression = "java(edition.facts().dates().map(EditionDates::start).orElse(null))")
    @Mapping(target = "endDate", expression = "java(edition.facts().dates().map(EditionDates::end).orElse(null))")
    @Mapping(target = "city", expression = "java(edition.facts().city())")
    @Mapping(target = "venue", expression = "java(edition.facts().venue().orElse(null))")
    @Mapping(target = "theme", expression = "java(edition.facts().theme().orElse(null))")
    @Mapping(target = "participants", expression = "java(edition.facts().participants().orElse(null))")
    @Mapping(target = "countries", expression = "java(edition.facts().countries().orElse(null))")
    @Mapping(target = "topics", expression = "java(toSlugs(edition.facts().topics()))")
    @Mapping(target = "languages", expression = "java(toCodes(edition.facts().languages()))")
    EditionRow toRow(Edition edition);

    default Edition toDomain(EditionRow row) {
        Optional<EditionDates> dates = row.startDate() == null
                ? Optional.empty()
                : Optional.of(new EditionDates(row.startDate(), row.endDate()));
        EditionFacts facts = new EditionFacts(dates, row.city(), Optional.ofNullable(row.venue()),
                Optional.ofNullable(row.theme()), Optional.ofNullable(row.participants()),
                Optional.ofNullable(row.countries()), toTopics(row.topics()),
                toLanguages(row.languages()));
        return Edition.rehydrate(new EditionId(row.id()), row.year(), facts, EditionStatus.valueOf(row.status()),
                row.version());
    }

    default String[] toSlugs(List<Topic> topics) {
        return topics.stream().map(Topic::slug).toArray(String[]::new);
    }

    default String[] toCodes(List<LanguageCode> languages) {
        return languages.stream().map(LanguageCode::value).toArray(String[]::new);
    }

    default List<LanguageCode> toLanguages(String[] codes) {
        return codes == null ? List.of() : Arrays.stream(codes).map(LanguageCode::of).toList();
    }

    default List<Topic> toTopics(String[] slugs) {
        return slugs == null ? List.of() : Arrays.stream(slugs).map(Topic::new).toList();
    }
}
