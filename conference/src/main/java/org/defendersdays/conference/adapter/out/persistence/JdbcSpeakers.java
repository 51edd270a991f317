package org.defendersdays.conference.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final JdbcSpeakerParticipants participants;

    JdbcSpeakers(SpeakerRowRepository rows, SpeakerRowMapper mapper, JdbcSpeakerParticipants participants) {
        this.rows = rows;
        this.mapper = mapper;
        this.participants = participants;
    }

    @Override
    public Speaker save(Speaker speaker) {
        return shielded(List.of(mapper.toDomain(rows.save(mapper.toRow(speaker))))).get(0);
    }

    @Override
    public Optional<Speaker> findById(SpeakerId id) {
        return rows.findById(id.value()).map(mapper::toDomain).map(speaker -> shielded(List.of(speaker)).get(0));
    }

    @Override
    public Map<SpeakerId, Speaker> findByIds(Collection<SpeakerId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return shielded(rows.findAllById(ids.stream().map(SpeakerId::value).distinct().toList()).stream()
                .map(mapper::toDomain).toList()).stream()
                .collect(Collectors.toMap(Speaker::id, Function.identity()));
    }

    @Override
    public List<Speaker> findAll() {
        return shielded(rows.findAllByName().stream().map(mapper::toDomain).toList());
    }

    /** Participants marked high risk are shown nowhere as speakers: every load applies it. */
    private List<Speaker> shielded(List<Speaker> speakers) {
        Set<SpeakerId> atRisk = participants.atRisk(speakers.stream().map(Speaker::id).toList());
        speakers.stream().filter(speaker -> atRisk.contains(speaker.id())).forEach(Speaker::shieldAsAtRisk);
        return speakers;
    }
}
