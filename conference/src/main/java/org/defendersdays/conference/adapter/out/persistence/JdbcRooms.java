package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.Rooms;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** Rooms in PostgreSQL ({@code conference} schema). */
@Component
class JdbcRooms implements Rooms {

    private final RoomRowRepository rows;
    private final AgendaRowMapper mapper;

    JdbcRooms(RoomRowRepository rows, AgendaRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public Room save(Room room) {
        return mapper.toDomain(rows.save(mapper.toRow(room)));
    }

    @Override
    public Optional<Room> findById(RoomId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public List<Room> findByEdition(EditionId edition) {
        return rows.findByEdition(edition.value()).stream().map(mapper::toDomain).toList();
    }

    /**
     * Deletes with the version the room was read at. The foreign key from the sessions settles a
     * session booked into the room while it is being removed: the removal is refused as "in use".
     */
    @Override
    public void delete(Room room) {
        try {
            rows.delete(mapper.toRow(room));
        } catch (DataIntegrityViolationException inUse) {
            throw new ProgrammeRuleViolation("room", "programme.room.inUse");
        }
    }
}
