package org.defendersdays.conference.adapter.out.persistence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** The topic catalogue in PostgreSQL ({@code conference.topic}). */
@Component
class JdbcTopicCatalogue implements TopicCatalogue {

    private final TopicRowRepository rows;
    private final AgendaRowMapper mapper;

    JdbcTopicCatalogue(TopicRowRepository rows, AgendaRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    /** The slug's primary key settles two admins adding the same topic at once. */
    @Override
    public CatalogueTopic save(CatalogueTopic topic) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(topic)));
        } catch (DuplicateKeyException taken) {
            throw new ProgrammeRuleViolation("slug", "programme.topic.slugTaken");
        }
    }

    @Override
    public Optional<CatalogueTopic> find(Topic topic) {
        return rows.findById(topic.slug()).map(mapper::toDomain);
    }

    @Override
    public List<CatalogueTopic> findAll() {
        return rows.findAllByName().stream().map(mapper::toDomain)
                .sorted(Comparator.comparing((CatalogueTopic topic) -> !topic.topic().isBuiltIn())
                        .thenComparing(topic -> topic.topic().isBuiltIn()
                                ? Topic.BUILT_IN.indexOf(topic.topic()) : 0))
                .toList();
    }

    @Override
    public void delete(CatalogueTopic topic) {
        rows.delete(mapper.toRow(topic));
    }
}
