package org.defendersdays.community.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface GroupRowRepository extends ListCrudRepository<GroupRow, UUID> {

    Optional<GroupRow> findByEditionId(UUID editionId);
}
