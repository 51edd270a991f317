package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.Tracks;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Tracks in PostgreSQL ({@code conference} schema). */
@Component
class JdbcTracks implements Tracks {

    private final TrackRowRepository rows;
    private final AgendaRowMapper mapper;

    JdbcTracks(TrackRowRepository rows, AgendaRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Track save(Track track) {
        return mapper.toDomain(rows.save(mapper.toRow(track)));
    }

    @Override
    public Optional<Track> findById(TrackId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Track> findByEdition(EditionId edition) {
        return rows.findByEdition(edition.value()).stream().map(mapper::toDomain).toList();
    }

    /**
     * Deletes with the version the track was read at. The foreign key from the sessions settles a
     * session booked into the track while it is being removed: the removal is refused as "in use".
     */
    @Override
    public void delete(Track track) {
        try {
            rows.delete(mapper.toRow(track));
        } catch (DataIntegrityViolationException inUse) {
            throw new ProgrammeRuleViolation("track", "programme.track.inUse");
        }
    }
}
