package org.defendersdays.identity.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AccountRowRepository extends ListCrudRepository<AccountRow, UUID> {

    Optional<AccountRow> findByEmail(String email);

    @Query("SELECT EXISTS (SELECT 1 FROM identity.account WHERE :role = ANY (roles))")
    boolean anyHolds(@Param("role") String role);

    // strpos rather than LIKE, so the text typed by an admin holds no wildcards.
    @Query("SELECT * FROM identity.account WHERE strpos(lower(display_name), lower(:text)) > 0 "
            + "ORDER BY lower(display_name), id LIMIT :limit")
    List<AccountRow> searchByDisplayName(@Param("text") String text, @Param("limit") int limit);
}
