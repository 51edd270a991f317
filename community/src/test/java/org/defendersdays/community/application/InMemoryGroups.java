package org.defendersdays.community.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;

/** A fake of the {@link Groups} port with the same one-group-per-edition rule, kept in insertion order. */
class InMemoryGroups implements Groups {

    private final Map<GroupId, Group> groups = new LinkedHashMap<>();

    @Override
    public synchronized Group addIfAbsent(Group group) {
        UUID editionId = group.edition().map(EditionReference::editionId).orElseThrow();
        return findByEdition(editionId).orElseGet(() -> {
            groups.put(group.id(), group);
            return group;
        });
    }

    @Override
    public synchronized Optional<Group> findById(GroupId id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public synchronized Optional<Group> findByEdition(UUID editionId) {
        return groups.values().stream()
                .filter(group -> group.edition().map(EditionReference::editionId).filter(editionId::equals).isPresent())
                .findFirst();
    }

    @Override
    public synchronized List<Group> findAll() {
        return new ArrayList<>(groups.values());
    }
}
