package org.defendersdays.identity.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface AccountRowRepository extends ListCrudRepository<AccountRow, UUID> {

    Optional<AccountRow> findByEmail(String email);
}
