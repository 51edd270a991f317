package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SpeakerRowRepository extends ListCrudRepository<SpeakerRow, UUID> {

    @Query("SELECT * FROM conference.speaker ORDER BY name, id")
    List<SpeakerRow> findAllByName();
}
