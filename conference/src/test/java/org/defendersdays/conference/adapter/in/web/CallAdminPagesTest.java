package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The call's back office page, in the module alone against PostgreSQL: open, revise, refuse, keep what was typed. */
@SpringBootTest
@AutoConfigureMockMvc
class CallAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanEditionUseCase plan;

    @Autowired
    AdministerCallsUseCase calls;

    private record Page(int status, String body, String redirect) {
    }

    private Page perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl());
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private EditionId edition(int year) {
        return plan.plan(new PlanEditionCommand(year, new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
    }

    private static Map<String, String> call() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("opensAt", "2036-02-01T09:00");
        fields.put("closesAt", "2036-03-31T23:59");
        fields.put("places", "150");
        fields.put("confirmationDays", "10");
        fields.put("asksGender", "true");
        fields.put("introduction", "Who should apply.");
        fields.put("version", "");
        fields.put("question.0.id", "");
        fields.put("question.0.prompt", "Why do you want to come?");
        fields.put("question.0.required", "true");
        fields.put("question.1.id", "");
        fields.put("question.1.prompt", "");
        fields.put("criterion.0.id", "");
        fields.put("criterion.0.name", "Impact of the work");
        fields.put("criterion.0.guidance", "How many people it reaches.");
        fields.put("criterion.0.maxScore", "5");
        fields.put("criterion.0.weight", "2");
        fields.put("quota.AFRICA.kind", "TARGET");
        fields.put("quota.AFRICA.places", "40");
        fields.put("quota.AMERICAS.kind", "");
        fields.put("quota.AMERICAS.places", "");
        return fields;
    }

    @Test
    void anAdminOpensACallAndRevisesItKeepingTheQuestionsIds() throws Exception {
        EditionId edition = edition(2036);
        String address = "/admin/conference/editions/2036/call";
        assertThat(perform(get("/admin/conference/editions/" + edition)).body()).contains(address);
        Page empty = perform(get(address));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("This edition has no call yet", "Open the call", "Africa",
                "Middle East and North Africa", "Question 3", "Criterion 2");

        int audited = ConferenceTestApplication.AUDITED.size();
        assertThat(perform(form(address, call())).redirect()).isEqualTo(address);
        CallForApplications opened = calls.editionCall(2036).call().orElseThrow();
        assertThat(opened.terms().places()).isEqualTo(150);
        assertThat(opened.terms().asksGender()).isTrue();
        assertThat(opened.terms().opensAt()).isEqualTo(java.time.Instant.parse("2036-02-01T08:00:00Z"));
        assertThat(opened.questions()).extracting(CallQuestion::prompt).containsExactly("Why do you want to come?");
        assertThat(opened.quotas()).containsExactly(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 40));
        assertThat(opened.criteria()).singleElement().satisfies(criterion -> {
            assertThat(criterion.name()).isEqualTo("Impact of the work");
            assertThat(criterion.weight()).isEqualTo(2);
        });

        Page shown = perform(get(address));
        assertThat(shown.body()).contains("value=\"2036-02-01T09:00\"", "Why do you want to come?",
                opened.questions().get(0).id().toString(), "Save the call");

        Map<String, String> revised = call();
        revised.put("version", String.valueOf(opened.version()));
        revised.put("question.0.id", opened.questions().get(0).id().toString());
        revised.put("question.0.prompt", "Why now?");
        revised.put("question.1.prompt", "Anything else?");
        revised.put("criterion.0.id", opened.criteria().get(0).id().toString());
        assertThat(perform(form(address, revised)).redirect()).isEqualTo(address);
        CallForApplications after = calls.editionCall(2036).call().orElseThrow();
        assertThat(after.questions()).extracting(CallQuestion::prompt).containsExactly("Why now?", "Anything else?");
        assertThat(after.questions().get(0).id()).isEqualTo(opened.questions().get(0).id());
        assertThat(after.criteria().get(0).id()).isEqualTo(opened.criteria().get(0).id());
        assertThat(ConferenceTestApplication.AUDITED.subList(audited, ConferenceTestApplication.AUDITED.size()))
                .extracting(AuditEntry::action).containsExactly("conference.call.opened", "conference.call.revised");

        Map<String, String> stale = call();
        stale.put("version", String.valueOf(opened.version()));
        stale.put("introduction", "Typed on an old page.");
        Page refused = perform(form(address, stale));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Someone changed this call meanwhile", "Typed on an old page.");
        assertThat(calls.editionCall(2036).call().orElseThrow().terms().introduction()).contains("Who should apply.");
    }

    @Test
    void aFormThatCannotBeUsedComesBackWithEveryReasonAndWhatWasTyped() throws Exception {
        edition(2037);
        String address = "/admin/conference/editions/2037/call";
        Map<String, String> wrong = call();
        wrong.put("closesAt", "2036-01-01T00:00");
        wrong.put("places", "many");
        wrong.put("question.0.prompt", "q".repeat(501));
        wrong.put("criterion.0.maxScore", "11");
        wrong.put("quota.AFRICA.kind", "SOMETIMES");
        Page refused = perform(form(address, wrong));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please correct the marked fields", "Please give a whole number.",
                "This text is longer than allowed.", "The highest score must be between 1 and 10.",
                "Please choose none, a quota or a target.", "href=\"#question-0-prompt\"", "q".repeat(501));
        assertThat(calls.editionCall(2037).call()).isEmpty();

        Map<String, String> backwards = call();
        backwards.put("closesAt", "2036-01-01T00:00");
        assertThat(perform(form(address, backwards)).body()).contains("The call must close after it opens.",
                "href=\"#closesAt\"");
        assertThat(perform(get("/admin/conference/editions/1999/call")).status()).isEqualTo(404);
        assertThat(perform(get("/admin/conference/editions/year/call")).status()).isEqualTo(400);
    }
}
