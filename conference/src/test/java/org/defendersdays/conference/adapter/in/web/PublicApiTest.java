package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.conference.config.SampleProgramme.Made;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public JSON API: editions, sessions with the agenda's filters, consenting speakers, problem details. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiTest {

    @Autowired
    MockMvc mvc;

    Made made;

    String base;

    @BeforeAll
    void programme(@Autowired SampleProgramme sample) {
        made = sample.make(2171);
        base = "/api/conference/editions/" + made.year();
    }

    @Test
    void theRootLinksTheEditionsAndTheOpenApiDocument() throws Exception {
        mvc.perform(get("/api/conference")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value("/api/openapi.json"))
                .andExpect(jsonPath("$.editions").value("/api/conference/editions"));
    }

    @Test
    void editionsArePublicOnesWithLinksToTheirAgenda() throws Exception {
        mvc.perform(get("/api/conference/editions")).andExpect(status().isOk())
                .andExpect(jsonPath("$.editions[*].year", hasItem(made.year())));
        mvc.perform(get(base)).andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(made.year()))
                .andExpect(jsonPath("$.status").value("upcoming"))
                .andExpect(jsonPath("$.startDate").value(made.year() + "-04-07"))
                .andExpect(jsonPath("$.languages", hasSize(5)))
                .andExpect(jsonPath("$.agendaPublished").value(true))
                .andExpect(jsonPath("$.sessions").value(base + "/sessions"));
    }

    @Test
    void sessionsAreFilteredLikeTheAgendaAndNameOnlyWhoConsented() throws Exception {
        String json = mvc.perform(get(base + "/sessions")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/json"))
                .andExpect(jsonPath("$.total").value(64))
                .andExpect(jsonPath("$.sessions", hasSize(64)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).doesNotContain(SampleProgramme.UNCONSENTED).doesNotContain(made.unconsented().toString())
                .contains("{\"role\":\"TRAINER\",\"nameWithheld\":true}")
                .contains("{\"role\":\"PANELLIST\",\"nameWithheld\":true}");

        mvc.perform(get(base + "/sessions").param("language", "ar").param("type", "PANEL"))
                .andExpect(jsonPath("$.total").value(16))
                .andExpect(jsonPath("$.sessions[*].chathamHouseRule", everyItem(is(true))));
        mvc.perform(get(base + "/sessions").param("topic", "innovation").param("day", made.year() + "-04-09"))
                .andExpect(jsonPath("$.total").value(8));
        mvc.perform(get(base + "/sessions").param("day", "someday")).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void oneSessionHasItsTimesInStockholmAndItsParts() throws Exception {
        mvc.perform(get(base + "/sessions/" + made.sessions().get(4))).andExpect(status().isOk())
                .andExpect(jsonPath("$.startsAt").value(made.year() + "-04-07T11:00+02:00"))
                .andExpect(jsonPath("$.timeZone").value("Europe/Stockholm"))
                .andExpect(jsonPath("$.continues").value(made.sessions().get(0).toString()))
                .andExpect(jsonPath("$.seats").value(24))
                .andExpect(jsonPath("$.interpretation[0]").value("ru"))
                .andExpect(jsonPath("$.contributors[0].name").value(SampleProgramme.TRAINER))
                .andExpect(jsonPath("$.contributors[0].speakerId").value(made.trainer().toString()))
                .andExpect(jsonPath("$.contributors[1].nameWithheld").value(true))
                .andExpect(jsonPath("$.contributors[1].speakerId").doesNotExist())
                .andExpect(jsonPath("$.contributors[1].name").doesNotExist());
    }

    @Test
    void speakersOnlyWithConsentAndOnlyTheirNamedSessions() throws Exception {
        mvc.perform(get("/api/conference/speakers/" + made.trainer())).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(SampleProgramme.TRAINER))
                .andExpect(jsonPath("$.bio").value(SampleProgramme.TRAINER_BIO))
                .andExpect(jsonPath("$.photo").doesNotExist())
                .andExpect(jsonPath("$.sessions", hasSize(16)));
        mvc.perform(get("/api/conference/speakers/" + made.sometimesWithheld()))
                .andExpect(jsonPath("$.sessions", hasSize(8)));
        mvc.perform(get("/api/conference/speakers/" + made.speaker()))
                .andExpect(jsonPath("$.organisation").doesNotExist());
        mvc.perform(get("/api/conference/speakers/" + made.unconsented())).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void unknownAndMalformedAddressesAreProblemDetails() throws Exception {
        mvc.perform(get("/api/conference/editions/1999")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/conference/editions/1999/sessions")).andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(base + "/sessions/" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not Found"));
        mvc.perform(get(base + "/sessions/nope")).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/conference/editions/next-year")).andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/conference/speakers/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void answersAreValidatedByETag() throws Exception {
        String etag = mvc.perform(get(base + "/sessions")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");
        mvc.perform(get(base + "/sessions").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified());
    }
}
