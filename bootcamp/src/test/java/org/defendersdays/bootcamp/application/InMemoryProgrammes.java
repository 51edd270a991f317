package org.defendersdays.bootcamp.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.bootcamp.application.port.out.Programmes;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.TrainingProgramme;

/**
 * A fake of the {@link Programmes} port for use-case tests: keeps copies in a map and bumps
 * versions, so a test sees what was stored rather than the object it still holds.
 */
class InMemoryProgrammes implements Programmes {

    private final Map<ProgrammeId, TrainingProgramme> programmes = new LinkedHashMap<>();
    private int saves;

    @Override
    public TrainingProgramme save(TrainingProgramme programme) {
        saves++;
        long version = programme.version() == null ? 0 : programme.version() + 1;
        TrainingProgramme stored = copy(programme, version);
        programmes.put(programme.id(), stored);
        return copy(stored, version);
    }

    @Override
    public Optional<TrainingProgramme> findById(ProgrammeId id) {
        return Optional.ofNullable(programmes.get(id)).map(stored -> copy(stored, stored.version()));
    }

    @Override
    public Optional<TrainingProgramme> findBySlug(ProgrammeSlug slug) {
        return programmes.values().stream().filter(programme -> programme.slug().equals(slug)).findFirst()
                .map(stored -> copy(stored, stored.version()));
    }

    /** In storage order, as the port promises no order: sorting is the service's job. */
    @Override
    public List<TrainingProgramme> findPublished() {
        return programmes.values().stream().filter(TrainingProgramme::isInCatalogue)
                .map(stored -> copy(stored, stored.version())).toList();
    }

    @Override
    public List<TrainingProgramme> findAll() {
        return programmes.values().stream().map(stored -> copy(stored, stored.version())).toList();
    }

    @Override
    public boolean existsWithSlug(ProgrammeSlug slug) {
        return findBySlug(slug).isPresent();
    }

    int saves() {
        return saves;
    }

    private static TrainingProgramme copy(TrainingProgramme programme, Long version) {
        return TrainingProgramme.rehydrate(programme.id(), programme.slug(), programme.outline(), programme.status(),
                version);
    }
}
