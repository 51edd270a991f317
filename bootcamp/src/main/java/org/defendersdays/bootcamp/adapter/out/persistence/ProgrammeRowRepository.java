package org.defendersdays.bootcamp.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProgrammeRowRepository extends ListCrudRepository<ProgrammeRow, UUID> {

    Optional<ProgrammeRow> findBySlug(String slug);

    boolean existsBySlug(String slug);

    @Query("SELECT * FROM bootcamp.programme WHERE status = 'PUBLISHED'")
    List<ProgrammeRow> findPublished();
}
