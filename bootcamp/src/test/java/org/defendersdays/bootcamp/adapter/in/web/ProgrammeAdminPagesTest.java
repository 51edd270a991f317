package org.defendersdays.bootcamp.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.bootcamp.BootcampTestApplication;
import org.defendersdays.bootcamp.application.port.in.BrowseAllProgrammesUseCase;
import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The programmes' back office pages in the module alone: what they show and store. Who may reach
 * them is the app's concern (its access-matrix test), as the module runs without Spring Security.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeAdminPagesTest {

    private static final String PROGRAMMES = "/admin/bootcamp/programmes";

    @Autowired
    MockMvc mvc;

    @Autowired
    BrowseAllProgrammesUseCase programmes;

    private record Page(int status, String body, String redirect) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl());
    }

    private static String freshSlug() {
        return "admin-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, String> valid(String slug) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("slug", slug);
        fields.put("title", "Risk assessment basics");
        fields.put("summary", "How to assess the risks of your work.");
        fields.put("format", "BLENDED");
        fields.put("durationWeeks", "6");
        fields.put("languages", "en, ar");
        fields.put("topics", "risk-assessment");
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(name, value);
        return changed;
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private Optional<TrainingProgramme> programme(String slug) {
        return programmes.allProgrammes().stream().filter(p -> p.slug().value().equals(slug)).findFirst();
    }

    @Test
    void anAdminCreatesADraftRevisesItPublishesAndRetiresIt() throws Exception {
        String slug = freshSlug();
        Page created = perform(form(PROGRAMMES, valid(slug)));

        assertThat(created.redirect()).isEqualTo(PROGRAMMES);
        TrainingProgramme draft = programme(slug).orElseThrow();
        assertThat(draft.status()).isEqualTo(ProgrammeStatus.DRAFT);
        String id = draft.id().toString();
        assertThat(perform(get(PROGRAMMES)).body()).contains("Risk assessment basics", "Draft", "Publish " + slug);
        assertThat(perform(get(PROGRAMMES + "/" + id)).body()).contains("value=\"en, ar\"", "stays the same");

        Page revised = perform(form(PROGRAMMES + "/" + id, with(with(valid("ignored"), "title", "Risk, revised"),
                "durationWeeks", "8")));
        assertThat(revised.redirect()).isEqualTo(PROGRAMMES);
        assertThat(programme(slug).orElseThrow().outline().title()).isEqualTo("Risk, revised");
        assertThat(programme("ignored")).isEmpty();

        perform(post(PROGRAMMES + "/" + id + "/publish"));
        assertThat(programme(slug).orElseThrow().status()).isEqualTo(ProgrammeStatus.PUBLISHED);
        perform(post(PROGRAMMES + "/" + id + "/retire"));
        assertThat(programme(slug).orElseThrow().status()).isEqualTo(ProgrammeStatus.RETIRED);

        assertThat(BootcampTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(id)))
                .extracting(AuditEntry::action).containsExactly("bootcamp.programme.created",
                        "bootcamp.programme.revised", "bootcamp.programme.published", "bootcamp.programme.retired");
    }

    @Test
    void badInputComesBackWithTheReasonsNextToTheFieldsAndNothingIsStored() throws Exception {
        String slug = freshSlug();
        assertRefused(with(valid(slug), "slug", "Not A Slug"), "slug", "lowercase letters, digits");
        assertRefused(with(valid(slug), "title", " "), "title", "give the programme a title");
        assertRefused(with(valid(slug), "summary", "s".repeat(1001)), "summary", "at most 1000 characters");
        assertRefused(with(valid(slug), "durationWeeks", "53"), "durationWeeks", "1 to 52 weeks");
        assertRefused(with(valid(slug), "durationWeeks", "six"), "durationWeeks", "whole number of weeks");
        assertRefused(with(valid(slug), "languages", "en, xx"), "languages", "two-letter language code");
        assertRefused(with(valid(slug), "format", "CARRIER_PIGEON"), "format", "Choose a format");
        assertThat(programme(slug)).isEmpty();

        perform(form(PROGRAMMES, valid(slug)));
        assertRefused(with(valid(slug), "title", "Another"), "slug", "already uses this web address");
        assertThat(programme(slug).orElseThrow().outline().title()).isEqualTo("Risk assessment basics");
    }

    private void assertRefused(Map<String, String> fields, String field, String reason) throws Exception {
        Page page = perform(form(PROGRAMMES, fields));

        assertThat(page.status()).as("status for %s", fields).isEqualTo(200);
        assertThat(page.body()).as("reasons for %s", field).contains("Please correct the marked fields",
                "id=\"" + field + "-error\"", reason, "aria-invalid=\"true\"");
    }

    @Test
    void unknownProgrammesAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        String unknown = PROGRAMMES + "/" + UUID.randomUUID();
        assertThat(perform(get(unknown)).status()).isEqualTo(404);
        assertThat(perform(post(unknown + "/publish")).status()).isEqualTo(404);
        assertThat(perform(get(PROGRAMMES + "/not-an-id")).status()).isEqualTo(400);
    }

    @Test
    void thePagesSpeakArabicAndCarryNoScriptOrInlineStyle() throws Exception {
        String form = perform(get(PROGRAMMES + "/new").locale(Locale.forLanguageTag("ar"))).body();

        assertThat(form).contains("إنشاء برنامج", "<label for=\"title\">العنوان</label>")
                .doesNotContain("<script", "style=");
    }
}
