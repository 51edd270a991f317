package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EditionRowRepository extends ListCrudRepository<EditionRow, UUID> {

    Optional<EditionRow> findByYear(int year);

    boolean existsByYear(int year);

    @Query("SELECT * FROM conference.edition WHERE status <> 'DRAFT' ORDER BY year DESC")
    List<EditionRow> findPublic();

    @Query("SELECT * FROM conference.edition ORDER BY year DESC")
    List<EditionRow> findAllNewestFirst();
}
