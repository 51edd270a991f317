package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ApplyForEditionCommand;
import org.defendersdays.conference.application.port.in.ApplyForEditionUseCase;
import org.defendersdays.conference.application.port.in.CallDraft;
import org.defendersdays.conference.application.port.in.OpenCallCommand;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A member's application pages and the admins' audited sensitive page, in the module alone against
 * PostgreSQL: what they show, store and refuse. The signed-in person is always the test app's
 * organiser; who may reach the pages is the app's access-matrix test's concern.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApplicationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PlanEditionUseCase plan;

    @Autowired
    AnnounceEditionUseCase announce;

    @Autowired
    AdministerCallsUseCase calls;

    @Autowired
    ApplyForEditionUseCase applying;

    @Autowired
    JdbcClient jdbc;

    private final PersonId me = ConferenceTestApplication.ORGANISER.id();

    private record Page(int status, String body, String redirect, MockHttpServletResponse response) {
    }

    private Page perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), response);
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    /** An announced edition with a call open now and one required question; returns the question. */
    private CallQuestion openCall(int year) {
        EditionId edition = plan.plan(new PlanEditionCommand(year, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        announce.announce(edition);
        CallQuestion why = CallQuestion.ask("Why do you want to come?", true);
        Instant now = Instant.now();
        calls.open(ConferenceTestApplication.ORGANISER.id(), new OpenCallCommand(year, new CallDraft(
                new CallTerms(now.minus(1, ChronoUnit.DAYS), now.plus(20, ChronoUnit.DAYS), 100, 14, true,
                        Optional.of("Tell us about your work.")), List.of(why), List.of(), List.of())));
        return why;
    }

    private static Map<String, String> draft(String risk) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("focusAreas", "digital-security");
        fields.put("country", "KE");
        fields.put("region", "");
        fields.put("languages", "sw");
        fields.put("hopesToLearn", "How to keep my sources safe.");
        fields.put("riskSituation", risk);
        fields.put("accessibilityNeeds", "Step-free rooms");
        fields.put("messageLanguage", "fr");
        fields.put("version", "");
        fields.put("action", "save");
        return fields;
    }

    private static Map<String, String> complete(Map<String, String> draft, CallQuestion question, String version) {
        Map<String, String> fields = new LinkedHashMap<>(draft);
        fields.put("region", "AFRICA");
        fields.put("consentDataUse", "true");
        fields.put("photoPreference", "RED");
        fields.put("answer." + question.id(), "To learn and to share.");
        fields.put("version", version);
        fields.put("action", "submit");
        return fields;
    }

    private Application own(int year) {
        return applying.ownApplication(me, year).application().orElseThrow();
    }

    @Test
    void aMemberSavesADraftComesBackSubmitsSeesTheStatusAndWithdraws() throws Exception {
        CallQuestion why = openCall(2032);
        String address = "/conference/editions/2032/application";
        assertThat(perform(get("/conference/editions/2032")).body()).contains(address, "Apply to take part");

        Page blank = perform(get(address));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("Apply to Defenders&#39; Days 2032", "Tell us about your work.",
                "Why do you want to come?", "Kenya", "Swahili", "Your risk situation, in your own words",
                "Your gender (optional)", "I agree that my data is used this way");

        Page saved = perform(form(address, draft("I was detained in 2029.")));
        assertThat(saved.redirect()).isEqualTo(address);
        Application draft = own(2032);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.content().riskSituation()).contains("I was detained in 2029.");
        assertThat(draft.content().messageLanguage()).isEqualTo("fr");

        Page back = perform(get(address).flashAttr("notice", "application.notice.draftSaved"));
        assertThat(back.body()).contains("Your draft was saved", "Draft: not submitted yet",
                "I was detained in 2029.", "How to keep my sources safe.", "value=\"KE\" selected=\"selected\"");

        Map<String, String> withoutConsent = complete(draft("I was detained in 2029."), why,
                String.valueOf(draft.version()));
        withoutConsent.remove("consentDataUse");
        Page refused = perform(form(address, withoutConsent));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please correct the marked fields", "href=\"#consentDataUse\"",
                "To submit, please agree to how we use your data", "To learn and to share.");
        assertThat(own(2032).status()).isEqualTo(ApplicationStatus.DRAFT);

        Page submitted = perform(form(address, complete(draft("I was detained in 2029."), why,
                String.valueOf(draft.version()))));
        assertThat(submitted.redirect()).isEqualTo(address);
        assertThat(own(2032).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(ConferenceTestApplication.MAILED).filteredOn(mailed -> mailed.recipient().equals(me))
                .filteredOn(mailed -> mailed.letter().subject().contains("2032")).singleElement()
                .satisfies(receipt -> {
                    assertThat(receipt.letter().subject()).isEqualTo("Defenders' Days 2032 : nous avons reçu votre candidature");
                    assertThat(receipt.letter().body()).contains("/conference/editions/2032/application",
                            "heure de Stockholm").doesNotContain("detained", "sources");
                });
        Page status = perform(get(address));
        assertThat(status.body()).contains("Submitted on", "/conference/editions/2032/place",
                "You can still change your application", "Save my changes");
        assertThat(perform(get("/admin/conference/editions/2032/call")).body())
                .as("the call's page counts applications, nothing more").contains("Applications so far",
                        "data-status=\"SUBMITTED\">1<", "data-status=\"DRAFT\">0<")
                .doesNotContain("I was detained");

        Page confirm = perform(get(address + "/withdraw"));
        assertThat(confirm.body()).contains("Withdraw your application?", "Yes, withdraw my application");
        assertThat(perform(post(address + "/withdraw")).redirect()).isEqualTo(address);
        Application withdrawn = own(2032);
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(withdrawn.content().riskSituation()).isEmpty();
        assertThat(perform(get(address)).body()).contains("Withdrawn. What you told us has been erased.")
                .doesNotContain("I was detained");
    }

    @Test
    void afterTheCallClosesAPostIsRefusedWithAFormMessageAndTheStoredDraftIsUnchanged() throws Exception {
        CallQuestion why = openCall(2033);
        String address = "/conference/editions/2033/application";
        perform(form(address, draft("Stored before the close.")));
        Application stored = own(2033);
        jdbc.sql("""
                UPDATE conference.call_for_applications SET opens_at = now() - interval '10 days',
                       closes_at = now() - interval '1 minute'
                 WHERE edition_id = (SELECT id FROM conference.edition WHERE year = 2033)""").update();

        Page late = perform(form(address, complete(draft("Typed after the close."), why,
                String.valueOf(stored.version()))));
        assertThat(late.status()).isEqualTo(200);
        assertThat(late.body()).contains("The call for applications has closed: nothing was saved",
                "Typed after the close.");
        Application after = own(2033);
        assertThat(after.version()).isEqualTo(stored.version());
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.content()).isEqualTo(stored.content());
        assertThat(after.content().riskSituation()).contains("Stored before the close.");

        Page closed = perform(get(address));
        assertThat(closed.body()).contains("The call for applications closed on", "Withdraw my application")
                .doesNotContain("Save the draft");
        assertThat(perform(get("/conference/editions/2033")).body()).doesNotContain(address);
    }

    @Test
    void tamperedAddressesAndValuesAreAnsweredWithoutAServerError() throws Exception {
        openCall(2034);
        String address = "/conference/editions/2034/application";
        assertThat(perform(get("/conference/editions/not-a-year/application")).status()).isEqualTo(400);
        assertThat(perform(get("/conference/editions/1999/application")).status()).isEqualTo(404);
        assertThat(perform(form("/conference/editions/1999/application", draft("x"))).status()).isEqualTo(404);
        assertThat(perform(get("/admin/conference/applications/not-an-id/sensitive")).status()).isEqualTo(400);
        assertThat(perform(get("/admin/conference/applications/" + UUID.randomUUID() + "/sensitive")).status())
                .isEqualTo(404);

        Map<String, String> tampered = draft("Kept?");
        tampered.put("region", "ATLANTIS");
        tampered.put("country", "ZZ");
        tampered.put("photoPreference", "BLUE");
        tampered.put("focusAreas", "not a topic");
        tampered.put("answer.not-a-question", "ignored");
        Page refused = perform(form(address, tampered));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please choose one of the options.",
                "Please choose a country from the list.", "One of the focus areas is not in our list.");
        assertThat(applying.ownApplication(me, 2034).application()).isEmpty();

        Map<String, String> unknownTopic = draft("Kept?");
        unknownTopic.put("focusAreas", "astrology");
        assertThat(perform(form(address, unknownTopic)).body()).contains("One of the focus areas is not in our list.");

        perform(form(address, draft("First version.")));
        Map<String, String> stale = draft("From an old tab.");
        stale.put("version", "garbage");
        Page staleAnswer = perform(form(address, stale));
        assertThat(staleAnswer.status()).isEqualTo(200);
        assertThat(staleAnswer.body()).contains("Your application was changed meanwhile", "From an old tab.");
        assertThat(own(2034).content().riskSituation()).contains("First version.");
    }

    @Test
    void oversizedTextsComeBackAsFormErrorsWithWhatWasTyped() throws Exception {
        openCall(2039);
        String address = "/conference/editions/2039/application";
        Map<String, String> oversized = draft("r".repeat(ApplicationContent.RISK_MAX + 1));
        oversized.put("hopesToLearn", "l".repeat(ApplicationContent.HOPES_MAX + 1));
        oversized.put("accessibilityNeeds", "a".repeat(ApplicationContent.ACCESSIBILITY_MAX + 1));
        Page refused = perform(form(address, oversized));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#riskSituation\"", "href=\"#hopesToLearn\"",
                "href=\"#accessibilityNeeds\"", "This text is longer than allowed.", "id=\"riskSituation-error\"",
                "r".repeat(ApplicationContent.RISK_MAX + 1));
        assertThat(applying.ownApplication(me, 2039).application()).isEmpty();
    }

    @Test
    void aMemberNeverSeesNorChangesAnotherMembersApplication() throws Exception {
        CallQuestion why = openCall(2035);
        PersonId other = PersonId.generate();
        Application theirs = applying.submit(new ApplyForEditionCommand(other, 2035, Optional.empty(),
                new ApplicationContent(List.of(Topic.INNOVATION), Optional.of("BY"), Optional.of(RegionOfWork.EUROPE_CENTRAL_ASIA),
                        List.of("ru"), Optional.of("Their hopes"), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("Their secret risk."), false, false, false, Optional.empty(), Optional.empty(),
                        true, Optional.of(PhotoPreference.GREEN), false, "ru", Map.of(why.id(), "Their answer."))));
        String address = "/conference/editions/2035/application";

        Page mine = perform(get(address));
        assertThat(mine.body()).doesNotContain("Their secret risk.", "Their hopes", "Their answer.", "Submitted on");

        Map<String, String> hijack = draft("My own words.");
        hijack.put("version", String.valueOf(theirs.version()));
        Page attempt = perform(form(address, hijack));
        assertThat(attempt.status()).isEqualTo(200);
        assertThat(attempt.body()).contains("Your application was changed meanwhile");
        perform(form(address, draft("My own words.")));

        Application theirsNow = applying.ownApplication(other, 2035).application().orElseThrow();
        assertThat(theirsNow.version()).isEqualTo(theirs.version());
        assertThat(theirsNow.content().riskSituation()).contains("Their secret risk.");
        assertThat(own(2035).id()).isNotEqualTo(theirs.id());
        assertThat(own(2035).content().riskSituation()).contains("My own words.");
    }

    @Test
    void anAdminsReadOfTheSealedFieldsIsAuditedAndNeverCached() throws Exception {
        CallQuestion why = openCall(2038);
        Application theirs = applying.save(new ApplyForEditionCommand(PersonId.generate(), 2038, Optional.empty(),
                new ApplicationContent(List.of(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Threats by phone."), false,
                        false, false, Optional.of("Sign language interpretation"), Optional.empty(), false,
                        Optional.empty(), false, "en", Map.of(why.id(), "Answer"))));
        int before = ConferenceTestApplication.AUDITED.size();

        Page page = perform(get("/admin/conference/applications/" + theirs.id() + "/sensitive"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Threats by phone.", "Sign language interpretation",
                "This view was written to the audit log");
        assertThat(page.response().getHeader("Cache-Control")).contains("no-store");
        List<AuditEntry> written = ConferenceTestApplication.AUDITED.subList(before,
                ConferenceTestApplication.AUDITED.size());
        assertThat(written).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("conference.application.sensitiveRead");
            assertThat(entry.targetType()).isEqualTo("application");
            assertThat(entry.targetId()).contains(theirs.id().toString());
            assertThat(entry.actor()).contains(me);
        });
    }
}
