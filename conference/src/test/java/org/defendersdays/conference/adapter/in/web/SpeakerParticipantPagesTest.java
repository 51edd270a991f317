package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.SelectionData;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * A speaker who also takes part, linked to their application: once a conference admin marks the
 * participant high risk, the speaker is shown nowhere (every public page, calendar and the API ask
 * {@code Speaker#publicProfile()}), whatever consents are recorded, and the public caches are
 * invalidated. Year 2080.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpeakerParticipantPagesTest {

    private static final String SPEAKERS = "/admin/conference/speakers";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Speakers speakers;

    @Autowired
    PublicationRevision revision;

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    @Test
    void aLinkedParticipantMarkedHighRiskIsShownNowhereAsASpeaker() throws Exception {
        MockHttpServletResponse added = perform(post(SPEAKERS).param("name", "Leyla R.").param("organisation",
                "Sisters' Network"));
        SpeakerId speaker = new SpeakerId(UUID.fromString(added.getRedirectedUrl().substring(SPEAKERS.length() + 1)));
        String version = String.valueOf(speakers.findById(speaker).orElseThrow().version());
        assertThat(perform(post(SPEAKERS + "/" + speaker.value() + "/consent").param("field", "NAME")
                .param("how", "Signed form").param("version", version)).getStatus()).isEqualTo(302);
        assertThat(speakers.findById(speaker).orElseThrow().publicProfile()).isPresent();

        SelectionData data = new SelectionData(jdbc);
        SelectionData.Call call = data.call(2080, 10);
        UUID application = data.submitted(call, UUID.randomUUID(), "ASIA_PACIFIC", "en");
        String reference = application.toString().substring(0, 8);
        String page = SPEAKERS + "/" + speaker.value() + "/participant";

        assertThat(perform(get(page)).getContentAsString()).contains("data-state=\"unlinked\"");
        MockHttpServletResponse unknown = perform(post(page).param("reference", "zz<b>"));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("No single application has this reference")
                .contains("value=\"zz&lt;b&gt;\"");

        assertThat(perform(post(page).param("reference", " " + reference.toUpperCase() + " ")).getRedirectedUrl())
                .isEqualTo(page);
        assertThat(perform(get(page)).getContentAsString()).contains("data-state=\"linked\"").contains(reference);
        assertThat(ConferenceTestApplication.AUDITED).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("conference.speaker.participantLinked");
            assertThat(entry.targetId()).contains(speaker.value().toString());
        });
        assertThat(speakers.findById(speaker).orElseThrow().publicProfile()).as("linked, not high risk").isPresent();

        assertThat(perform(get("/conference/speakers/" + speaker.value())).getStatus()).isEqualTo(200);
        long before = revision.current();
        assertThat(perform(post("/admin/conference/editions/2080/selection/" + application + "/high-risk")
                .param("highRisk", "true")).getStatus()).isEqualTo(302);

        assertThat(revision.current()).as("public pages are revalidated").isGreaterThan(before);
        assertThat(speakers.findById(speaker).orElseThrow().publicProfile()).isEmpty();
        assertThat(speakers.findAll()).filteredOn(s -> s.id().equals(speaker)).singleElement()
                .satisfies(shown -> assertThat(shown.publicProfile()).isEmpty());
        assertThat(perform(get("/conference/speakers/" + speaker.value())).getStatus()).isEqualTo(404);
        assertThat(perform(get(page)).getContentAsString()).contains("data-state=\"shielded\"");

        assertThat(perform(post(page + "/unlink")).getRedirectedUrl()).isEqualTo(page);
        assertThat(speakers.findById(speaker).orElseThrow().publicProfile()).isPresent();
        assertThat(perform(get(SPEAKERS + "/" + UUID.randomUUID() + "/participant")).getStatus()).isEqualTo(404);
    }
}
