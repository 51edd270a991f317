package org.defendersdays.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.DisplayNames;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Display names for the other modules: active accounts only, everyone else left out. */
@PlatformTest
class JdbcDisplayNamesTest {

    @Autowired
    DisplayNames displayNames;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private PersonId personWith(String email) {
        return new PersonId(jdbc.queryForObject("SELECT id FROM identity.account WHERE email = ?", UUID.class, email));
    }

    @Test
    void onlyActiveAccountsAreNamed() throws Exception {
        PersonId active = personWith(Accounts.verified(mvc, "Active Ayesha"));
        PersonId locked = personWith(Accounts.verified(mvc, "Locked Lukas"));
        jdbc.update("UPDATE identity.account SET status = 'LOCKED' WHERE id = ?", locked.value());
        PersonId unknown = PersonId.generate();

        assertThat(displayNames.of(List.of(active, locked, unknown, active)))
                .containsOnlyKeys(active)
                .containsEntry(active, "Active Ayesha");
        assertThat(displayNames.of(List.of())).isEmpty();
    }
}
