package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Removing a room or a topic in the whole platform: a form sent without its CSRF token, or with a
 * wrong one, is refused (403) and removes nothing; with it, the removal is made and audited.
 */
@PlatformTest
class ProgrammeItemRemovalSecurityTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long rooms(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM conference.room WHERE id = ?", Long.class, id);
    }

    private long topics(String slug) {
        return jdbc.queryForObject("SELECT count(*) FROM conference.topic WHERE slug = ?", Long.class, slug);
    }

    @Test
    void aRemovalWithoutItsCsrfTokenIsRefusedAndRemovesNothing() throws Exception {
        Cookie admin = Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN);
        int year = jdbc.queryForObject("SELECT max(y) FROM generate_series(2190, 2198) y "
                + "WHERE NOT EXISTS (SELECT 1 FROM conference.edition WHERE year = y)", Integer.class);
        UUID edition = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.edition (id, year, city, status, version) VALUES (?, ?, 'Stockholm', "
                + "'DRAFT', 0)", edition, year);
        jdbc.update("INSERT INTO conference.room (id, edition_id, name, version) VALUES (?, ?, 'Spare', 0)", room,
                edition);
        String slug = "spare-" + year;
        jdbc.update("INSERT INTO conference.topic (slug, name, version) VALUES (?, 'Spare', 0)", slug);
        String rooms = "/admin/conference/editions/" + edition + "/programme/rooms";

        assertThat(mvc.perform(post(rooms + "/" + room + "/delete").cookie(admin).param("version", "0"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(rooms + "/" + room + "/delete").with(csrf().useInvalidToken()).cookie(admin)
                .param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/admin/conference/topics/" + slug + "/delete").with(csrf().useInvalidToken())
                .cookie(admin).param("version", "0")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(rooms(room)).isEqualTo(1);
        assertThat(topics(slug)).isEqualTo(1);

        assertThat(mvc.perform(post(rooms + "/" + room + "/delete").with(csrf()).cookie(admin).param("version", "0"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo(rooms);
        assertThat(mvc.perform(post("/admin/conference/topics/" + slug + "/delete").with(csrf()).cookie(admin)
                .param("version", "0")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/admin/conference/topics");
        assertThat(rooms(room)).isZero();
        assertThat(topics(slug)).isZero();
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE target_type = 'room' AND target_id = ?",
                String.class, room.toString())).containsExactly("conference.programme.roomRemoved");
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE target_type = 'topic' AND target_id = ?",
                String.class, slug)).containsExactly("conference.programme.topicRemoved");
    }
}
