package org.defendersdays.conference.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Editions in PostgreSQL ({@code conference} schema). */
@Component
class JdbcEditions implements Editions {

    private final EditionRowRepository rows;
    private final EditionRowMapper mapper;

    JdbcEditions(EditionRowRepository rows, EditionRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    /**
     * The year's unique constraint settles two organisers planning the same year at once: the
     * loser gets the same answer as the use case's own check, not a database error.
     */
    @Override
    public Edition save(Edition edition) {
        try {
            return mapper.toDomain(rows.save(mapper.toRow(edition)));
        } catch (DuplicateKeyException yearTaken) {
            throw new EditionYearTaken();
        }
    }

    @Override
    public Optional<Edition> findById(EditionId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<Edition> findByYear(int year) {
        return rows.findByYear(year).map(mapper::toDomain);
    }

    @Override
    public List<Edition> findPublic() {
        return rows.findPublic().stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<Edition> findAll() {
        return rows.findAllNewestFirst().stream().map(mapper::toDomain).toList();
    }

    @Override
    public boolean existsForYear(int year) {
        return rows.existsByYear(year);
    }
}
