package org.defendersdays.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;

import org.defendersdays.identity.Accounts;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The speakers' back office in the whole platform: a form sent without its CSRF token is refused
 * (403) and stores nothing; with it, the change is made and audited with codes and ids only.
 */
@PlatformTest
class SpeakerBackOfficeSecurityTest {

    private static final String SPEAKERS = "/admin/conference/speakers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private long speakersNamed(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM conference.speaker WHERE name = ?", Long.class, name);
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
        Cookie admin = Accounts.signedInWithRoles(mvc, jdbc, Role.CONFERENCE_ADMIN);

        int forged = mvc.perform(post(SPEAKERS).cookie(admin).param("name", "Forged Person")).andReturn()
                .getResponse().getStatus();
        assertThat(forged).isEqualTo(403);
        assertThat(speakersNamed("Forged Person")).isZero();

        String added = mvc.perform(post(SPEAKERS).with(csrf()).cookie(admin).param("name", "Real Person"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(added).startsWith(SPEAKERS + "/");
        String id = added.substring(SPEAKERS.length() + 1);
        assertThat(speakersNamed("Real Person")).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT action FROM audit.entry WHERE target_type = 'speaker' AND target_id = ?",
                String.class, id)).containsExactly("conference.speaker.added");

        int forgedUpload = mvc.perform(multipart(SPEAKERS + "/" + id + "/photo").cookie(admin)
                .file(new MockMultipartFile("photo", "p.jpg", "image/jpeg", new byte[] {1, 2, 3}))
                .param("version", "0")).andReturn().getResponse().getStatus();
        assertThat(forgedUpload).isEqualTo(403);
        int forgedConsent = mvc.perform(post(SPEAKERS + "/" + id + "/consent").cookie(admin).param("field", "NAME")
                .param("version", "0")).andReturn().getResponse().getStatus();
        assertThat(forgedConsent).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.speaker_consent WHERE speaker_id = ?::uuid",
                Long.class, id)).isZero();
    }
}
