package org.defendersdays.conference.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.springframework.stereotype.Component;

/** Speakers and their consents in PostgreSQL ({@code conference} schema). */
@Component
class JdbcSpeakers implements Speakers {

    private final SpeakerRowRepository rows;
    private final SpeakerRowMapper mapper;

    JdbcSpeakers(SpeakerRowRepository rows, SpeakerRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Speaker save(Speaker speaker) {
        return mapper.toDomain(rows.save(mapper.toRow(speaker)));
    }

    @Override
    public Optional<Speaker> findById(SpeakerId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Map<SpeakerId, Speaker> findByIds(Collection<SpeakerId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return rows.findAllById(ids.stream().map(SpeakerId::value).distinct().toList()).stream()
                .map(mapper::toDomain)
                .collect(Collectors.toMap(Speaker::id, Function.identity()));
    }

    @Override
    public List<Speaker> findAll() {
        return rows.findAllByName().stream().map(mapper::toDomain).toList();
    }
}
