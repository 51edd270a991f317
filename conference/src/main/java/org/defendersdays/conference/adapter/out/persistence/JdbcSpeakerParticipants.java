package org.defendersdays.conference.adapter.out.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.defendersdays.conference.application.port.out.SpeakerParticipants;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Links between speaker records and applications, in {@code conference.speaker_participant}. */
@Component
class JdbcSpeakerParticipants implements SpeakerParticipants {

    private static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{8}");

    private final NamedParameterJdbcTemplate jdbc;

    JdbcSpeakerParticipants(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> linkedReference(SpeakerId speaker) {
        return jdbc.queryForList("SELECT left(application_id::text, 8) FROM conference.speaker_participant"
                + " WHERE speaker_id = :speaker", new MapSqlParameterSource("speaker", speaker.value()), String.class)
                .stream().findFirst();
    }

    @Override
    public Optional<UUID> applicationByReference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        // Two matches would make the reference ambiguous: then it names no one.
        List<UUID> found = jdbc.queryForList("SELECT id FROM conference.application"
                + " WHERE left(id::text, 8) = :reference LIMIT 2",
                new MapSqlParameterSource("reference", reference), UUID.class);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public void link(SpeakerId speaker, UUID application) {
        jdbc.update("INSERT INTO conference.speaker_participant (speaker_id, application_id) VALUES (:speaker, :application)"
                + " ON CONFLICT (speaker_id) DO UPDATE SET application_id = EXCLUDED.application_id",
                new MapSqlParameterSource().addValue("speaker", speaker.value()).addValue("application", application));
    }

    @Override
    public boolean unlink(SpeakerId speaker) {
        return jdbc.update("DELETE FROM conference.speaker_participant WHERE speaker_id = :speaker",
                new MapSqlParameterSource("speaker", speaker.value())) > 0;
    }

    @Override
    public Set<SpeakerId> atRisk(Collection<SpeakerId> speakers) {
        if (speakers.isEmpty()) {
            return Set.of();
        }
        List<UUID> ids = speakers.stream().map(SpeakerId::value).distinct().toList();
        return new HashSet<>(jdbc.query("SELECT p.speaker_id FROM conference.speaker_participant p"
                + " JOIN conference.application a ON a.id = p.application_id"
                + " WHERE a.high_risk AND p.speaker_id IN (:ids)", new MapSqlParameterSource("ids", ids),
                (row, number) -> new SpeakerId(row.getObject(1, UUID.class))));
    }
}
