package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A bootcamp admin brings a programme into the public catalogue through the whole platform. */
@PlatformTest
class BootcampBackOfficeTest {

    private static final String PROGRAMMES = "/admin/bootcamp/programmes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse send(Cookie session, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post(path).cookie(session).with(csrf());
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aBootcampAdminCreatesAndPublishesAProgrammeThatTheCatalogueThenShows() throws Exception {
        Cookie admin = Accounts.signedInWithRoles(mvc, jdbc, Role.BOOTCAMP_ADMIN);
        String slug = "backoffice-" + UUID.randomUUID().toString().substring(0, 8);

        MockHttpServletResponse bad = send(admin, PROGRAMMES, Map.of("slug", slug, "title", "Evidence at risk",
                "summary", "Keeping evidence safe.", "format", "SELF_PACED", "durationWeeks", "0", "languages", "en"));
        assertThat(bad.getStatus()).isEqualTo(200);
        assertThat(bad.getContentAsString(StandardCharsets.UTF_8)).contains("A programme runs for 1 to 52 weeks.");

        assertThat(send(admin, PROGRAMMES, Map.of("slug", slug, "title", "Evidence at risk", "summary",
                "Keeping evidence safe.", "format", "SELF_PACED", "durationWeeks", "3", "languages", "en, ar"))
                .getRedirectedUrl()).isEqualTo(PROGRAMMES);
        UUID id = jdbc.queryForObject("SELECT id FROM bootcamp.programme WHERE slug = ?", UUID.class, slug);
        assertThat(send(admin, PROGRAMMES + "/" + id + "/publish", Map.of()).getRedirectedUrl()).isEqualTo(PROGRAMMES);

        assertThat(mvc.perform(get("/bootcamp/programmes/" + slug)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("Evidence at risk");
        List<String> actions = jdbc.queryForList("SELECT action FROM audit.entry WHERE target_type = 'programme'"
                + " AND target_id = ? ORDER BY sequence", String.class, id.toString());
        assertThat(actions).containsExactly("bootcamp.programme.created", "bootcamp.programme.published");
    }
}
