package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The editions' back office pages in the module alone: what they show and store. Who may reach them
 * is the app's concern (its access-matrix test), as the module runs without Spring Security.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EditionAdminPagesTest {

    private static final String EDITIONS = "/admin/conference/editions";

    @Autowired
    MockMvc mvc;

    @Autowired
    BrowseAllEditionsUseCase editions;

    private record Page(int status, String body, String redirect) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl());
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private Optional<Edition> editionIn(int year) {
        return editions.allEditions().stream().filter(edition -> edition.year() == year).findFirst();
    }

    @Test
    void anOrganiserPlansADraftSeesItListedCorrectsItAndAnnouncesIt() throws Exception {
        Page planned = perform(form(EDITIONS, Map.of("year", "2181", "startDate", "2181-05-04", "endDate",
                "2181-05-07", "city", "Stockholm", "theme", "Protection in practice", "participants", "200",
                "countries", "60", "topics", "digital-security, innovation")));

        assertThat(planned.status()).isEqualTo(302);
        assertThat(planned.redirect()).isEqualTo(EDITIONS);
        Edition draft = editionIn(2181).orElseThrow();
        assertThat(draft.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(draft.facts().topics()).extracting(topic -> topic.slug()).containsExactly("digital-security",
                "innovation");
        String id = draft.id().toString();

        assertThat(perform(get(EDITIONS)).body()).contains("Defenders&#39; Days 2181", "Draft", "Announce 2181",
                "action=\"" + EDITIONS + "/" + id + "/announce\"").doesNotContain("Archive 2181");
        assertThat(perform(get(EDITIONS + "/" + id)).body()).contains(
                "<title>Correct edition 2181 - Back office - Defenders&#39; Days</title>", "Correct edition 2181",
                "value=\"Protection in practice\"", "value=\"digital-security, innovation\"");

        Page corrected = perform(form(EDITIONS + "/" + id, Map.of("startDate", "2181-05-04", "endDate",
                "2181-05-08", "city", "Nairobi", "participants", "180")));
        assertThat(corrected.redirect()).isEqualTo(EDITIONS);
        Edition after = editionIn(2181).orElseThrow();
        assertThat(after.facts().city()).isEqualTo("Nairobi");
        assertThat(after.facts().theme()).isEmpty();

        assertThat(perform(post(EDITIONS + "/" + id + "/announce")).redirect()).isEqualTo(EDITIONS);
        assertThat(editionIn(2181).orElseThrow().status()).isEqualTo(EditionStatus.ANNOUNCED);
        assertThat(perform(post(EDITIONS + "/" + id + "/archive")).redirect()).isEqualTo(EDITIONS);
        assertThat(editionIn(2181).orElseThrow().status()).isEqualTo(EditionStatus.ARCHIVED);

        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(id)))
                .extracting(AuditEntry::action).containsExactly("conference.edition.planned",
                        "conference.edition.corrected", "conference.edition.announced", "conference.edition.archived");
    }

    @Test
    void badInputComesBackWithTheReasonsNextToTheFieldsAndNothingIsStored() throws Exception {
        assertRefused(Map.of("year", "twenty", "city", "Stockholm"), "year", "Enter the year as four digits");
        assertRefused(Map.of("year", "2182", "startDate", "2182-02-30", "endDate", "2182-03-02", "city", "Stockholm"),
                "startDate", "Enter a real date as YYYY-MM-DD");
        assertRefused(Map.of("year", "2182", "startDate", "2182-05-07", "endDate", "2182-05-04", "city", "Stockholm"),
                "endDate", "The last day cannot be before the first day");
        assertRefused(Map.of("year", "2182", "startDate", "2183-05-04", "endDate", "2183-05-07", "city", "Stockholm"),
                "startDate", "The edition must start in its own year");
        assertRefused(Map.of("year", "2182", "city", "Stockholm", "participants", "-3"), "participants",
                "cannot be negative");
        assertRefused(Map.of("year", "2182", "city", "S".repeat(101)), "city", "at most 100 characters");
        assertRefused(Map.of("year", "2182", "city", "Stockholm", "topics", "Digital Security!"), "topics",
                "Topic codes use lowercase");
        assertRefused(Map.of("year", "1999", "city", "Stockholm"), "year", "between 2013 and 2200");
        assertThat(editionIn(2182)).isEmpty();

        perform(form(EDITIONS, Map.of("year", "2184", "city", "Stockholm")));
        assertRefused(Map.of("year", "2184", "city", "Oslo"), "year", "already an edition in this year");
        assertThat(editionIn(2184).orElseThrow().facts().city()).isEqualTo("Stockholm");
    }

    private void assertRefused(Map<String, String> fields, String field, String reason) throws Exception {
        Page page = perform(form(EDITIONS, fields));

        assertThat(page.status()).as("status for %s", fields).isEqualTo(200);
        assertThat(page.body()).as("reasons for %s", fields)
                .contains("Please correct the marked fields", "id=\"" + field + "-error\"", reason)
                .contains("aria-invalid=\"true\"", "aria-describedby=\"" + field + "-hint " + field + "-error\"");
    }

    @Test
    void aBadCorrectionIsShownAndTheEditionKeepsItsFacts() throws Exception {
        perform(form(EDITIONS, Map.of("year", "2185", "city", "Stockholm")));
        String id = editionIn(2185).orElseThrow().id().toString();

        Page page = perform(form(EDITIONS + "/" + id, Map.of("city", "", "countries", "many")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"countries-error\"", "Enter a whole number");
        assertThat(editionIn(2185).orElseThrow().facts().city()).isEqualTo("Stockholm");
    }

    @Test
    void unknownEditionsAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        String unknown = EDITIONS + "/" + UUID.randomUUID();
        assertThat(perform(get(unknown)).status()).isEqualTo(404);
        assertThat(perform(post(unknown)).status()).isEqualTo(404);
        assertThat(perform(post(unknown + "/announce")).status()).isEqualTo(404);
        assertThat(perform(get(EDITIONS + "/not-an-id")).status()).isEqualTo(400);
        assertThat(perform(post(EDITIONS + "/not-an-id/archive")).status()).isEqualTo(400);
    }

    @Test
    void thePagesSpeakArabicAndCarryNoScriptOrInlineStyle() throws Exception {
        String list = perform(get(EDITIONS).locale(Locale.forLanguageTag("ar"))).body();
        String form = perform(get(EDITIONS + "/new").locale(Locale.forLanguageTag("ar"))).body();

        assertThat(list).contains("دورات المؤتمر");
        assertThat(form).contains("التخطيط لدورة", "<label for=\"city\">المدينة</label>")
                .doesNotContain("<script", "style=");
    }
}
