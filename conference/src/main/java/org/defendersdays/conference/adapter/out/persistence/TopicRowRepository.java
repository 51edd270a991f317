package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TopicRowRepository extends ListCrudRepository<TopicRow, String> {

    @Query("SELECT * FROM conference.topic ORDER BY name, slug")
    List<TopicRow> findAllByName();
}
