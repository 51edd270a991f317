package org.defendersdays.conference.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;

/** A fake of the {@link Editions} port for use-case tests: keeps editions in a map, bumps versions. */
class InMemoryEditions implements Editions {

    private final Map<EditionId, Edition> editions = new LinkedHashMap<>();

    @Override
    public Edition save(Edition edition) {
        long version = edition.version() == null ? 0 : edition.version() + 1;
        Edition stored = Edition.rehydrate(edition.id(), edition.year(), edition.facts(), edition.status(), version);
        editions.put(edition.id(), stored);
        return stored;
    }

    @Override
    public Optional<Edition> findById(EditionId id) {
        return Optional.ofNullable(editions.get(id));
    }

    @Override
    public Optional<Edition> findByYear(int year) {
        return editions.values().stream().filter(edition -> edition.year() == year).findFirst();
    }

    @Override
    public List<Edition> findPublic() {
        List<Edition> result = new ArrayList<>(editions.values().stream().filter(Edition::isPublic).toList());
        result.sort(Comparator.comparingInt(Edition::year).reversed());
        return result;
    }

    @Override
    public List<Edition> findAll() {
        List<Edition> result = new ArrayList<>(editions.values());
        result.sort(Comparator.comparingInt(Edition::year).reversed());
        return result;
    }

    @Override
    public boolean existsForYear(int year) {
        return findByYear(year).isPresent();
    }
}
