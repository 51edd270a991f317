package org.defendersdays.community.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;

/**
 * A fake of the {@link Groups} port with the same rules as the database: one group per edition, and
 * a version that refuses a save made from a stale copy. Keeps copies, in insertion order, so a
 * change is stored only when saved.
 */
class InMemoryGroups implements Groups {

    private final Map<GroupId, Group> groups = new LinkedHashMap<>();

    @Override
    public synchronized Group addIfAbsent(Group group) {
        UUID editionId = group.edition().map(EditionReference::editionId).orElseThrow();
        return findByEdition(editionId).orElseGet(() -> {
            groups.put(group.id(), copy(group, 0L));
            return findById(group.id()).orElseThrow();
        });
    }

    @Override
    public synchronized Group save(Group group) {
        Group stored = groups.get(group.id());
        if (stored != null && !Objects.equals(stored.version(), group.version())) {
            throw new GroupChangedMeanwhile();
        }
        if (stored == null && group.version() != null) {
            throw new GroupChangedMeanwhile();
        }
        groups.put(group.id(), copy(group, group.version() == null ? 0L : group.version() + 1));
        return findById(group.id()).orElseThrow();
    }

    @Override
    public synchronized Optional<Group> findById(GroupId id) {
        return Optional.ofNullable(groups.get(id)).map(group -> copy(group, group.version()));
    }

    @Override
    public synchronized Optional<Group> findByEdition(UUID editionId) {
        return groups.values().stream()
                .filter(group -> group.edition().map(EditionReference::editionId).filter(editionId::equals).isPresent())
                .findFirst().map(group -> copy(group, group.version()));
    }

    @Override
    public synchronized List<Group> findAll() {
        return new ArrayList<>(groups.values().stream().map(group -> copy(group, group.version())).toList());
    }

    private static Group copy(Group group, Long version) {
        return Group.rehydrate(group.id(), group.purpose(), group.edition(), group.profile(), group.openedAt(),
                group.visibility(), group.status(), version);
    }
}
