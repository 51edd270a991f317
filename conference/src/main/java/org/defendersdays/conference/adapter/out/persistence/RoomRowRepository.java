package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface RoomRowRepository extends ListCrudRepository<RoomRow, UUID> {

    @Query("SELECT * FROM conference.room WHERE edition_id = :edition ORDER BY name, id")
    List<RoomRow> findByEdition(UUID edition);
}
