package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TrackRowRepository extends ListCrudRepository<TrackRow, UUID> {

    @Query("SELECT * FROM conference.track WHERE edition_id = :edition ORDER BY name, id")
    List<TrackRow> findByEdition(UUID edition);
}
