package org.defendersdays.community.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;

/** Where groups are kept. */
public interface Groups {

    /**
     * Stores a new group unless its edition already has one, in one atomic step (the store, not the
     * caller, enforces one group per edition, so concurrent calls cannot both add one).
     *
     * @return the group actually stored for that edition: the given one, or the one that was there
     */
    Group addIfAbsent(Group group);

    /**
     * Stores a new group, or the changes to a stored one, and returns it with its new version.
     *
     * @throws org.defendersdays.community.domain.GroupChangedMeanwhile if the stored group was
     *         changed since the given one was read; nothing is written
     */
    Group save(Group group);

    Optional<Group> findById(GroupId id);

    /** The group of the conference edition with that identifier, if it has one. */
    Optional<Group> findByEdition(UUID editionId);

    /** Every group, in no particular order. */
    List<Group> findAll();
}
