package org.defendersdays.bootcamp.adapter.out.persistence;

import java.util.List;
import java.util.Optional;

import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeSlugTaken;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Programmes in PostgreSQL ({@code bootcamp} schema). */
@Component
class JdbcProgrammes implements Programmes {

    private final ProgrammeRowRepository rows;
    private final ProgrammeRowMapper mapper;

    JdbcProgrammes(ProgrammeRowRepository rows, ProgrammeRowMapper mapper) {
        this.rows = rows;
        this.mapper = mapper;
    }

    @Override
    public TrainingProgramme save(TrainingProgramme programme) {
        // The slug's unique constraint settles two admins choosing one slug at once.
        try {
            return mapper.toDomain(rows.save(mapper.toRow(programme)));
        } catch (DuplicateKeyException slugTaken) {
            throw new ProgrammeSlugTaken();
        }
    }

    @Override
    public Optional<TrainingProgramme> findById(ProgrammeId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<TrainingProgramme> findBySlug(ProgrammeSlug slug) {
        return rows.findBySlug(slug.value()).map(mapper::toDomain);
    }

    @Override
    public List<TrainingProgramme> findPublished() {
        return rows.findPublished().stream().map(mapper::toDomain).toList();
    }

    @Override
    public List<TrainingProgramme> findAll() {
        return rows.findAll().stream().map(mapper::toDomain).toList();
    }

    @Override
    public boolean existsWithSlug(ProgrammeSlug slug) {
        return rows.existsBySlug(slug.value());
    }
}
