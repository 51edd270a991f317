package org.defendersdays.identity.adapter.out.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.defendersdays.sharedkernel.identity.DisplayNames;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Display names for the other modules, in one query. Only active accounts are named: a locked or
 * unverified account, or one that is gone, is left out (and so is never listed anywhere).
 */
@Component
class JdbcDisplayNames implements DisplayNames {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDisplayNames(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<PersonId, String> of(Collection<PersonId> people) {
        Map<PersonId, String> names = new HashMap<>();
        if (people.isEmpty()) {
            return names;
        }
        jdbc.query("SELECT id, display_name FROM identity.account WHERE status = 'ACTIVE' AND id IN (:ids)",
                new MapSqlParameterSource("ids", people.stream().map(PersonId::value).distinct().toList()),
                row -> {
                    names.put(new PersonId(row.getObject("id", UUID.class)), row.getString("display_name"));
                });
        return names;
    }
}
