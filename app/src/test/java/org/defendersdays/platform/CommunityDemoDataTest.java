package org.defendersdays.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The community's demo data README promises: three published topic groups on the public page, one draft not. */
@PlatformTest
class CommunityDemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePublishedDemoTopicGroupsArePublicAndTheDraftIsNot() throws Exception {
        String page = mvc.perform(get("/community/groups").param("lang", "en")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Digital security circle", "Well-being and collective care",
                "Documenting violations").doesNotContain("Defenders in exile");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM community.member_group WHERE name = ? AND status = 'DRAFT'",
                Integer.class, "Defenders in exile")).as("loaded once, however often the platform starts").isEqualTo(1);
    }
}
