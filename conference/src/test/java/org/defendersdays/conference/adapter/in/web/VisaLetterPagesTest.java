package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.TravelFixtures;
import org.defendersdays.conference.application.port.in.EraseTravelDataUseCase;
import org.defendersdays.conference.application.port.in.RequestVisaLetterUseCase;
import org.defendersdays.conference.application.port.in.SubmitPassportDetailsCommand;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The visa letter pages in the module alone, signed in as the test organiser (who is also made a
 * confirmed participant where a test needs one). Who may reach the pages at all is the app's
 * concern (its access-matrix test); whether a member holds a confirmed place is decided here.
 */
@SpringBootTest(properties = TravelFixtures.MESSAGES)
@AutoConfigureMockMvc
class VisaLetterPagesTest {

    private static final PersonId ME = ConferenceTestApplication.ORGANISER.id();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestVisaLetterUseCase visaLetters;

    @Autowired
    EraseTravelDataUseCase erasure;

    private record Page(int status, String body, String redirect, MockHttpServletResponse response) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), response);
    }

    private static Map<String, String> passportForm() {
        Map<String, String> form = new HashMap<>();
        form.put("nameInPassport", "Zoë Núñez Ødegård");
        form.put("nationality", "Kenyan");
        form.put("dateOfBirth", "1988-02-29");
        form.put("passportNumber", "AK1234567");
        form.put("issuedOn", "2024-03-01");
        form.put("expiresOn", "2056-02-28");
        form.put("issuingCountry", "Kenya");
        form.put("embassy", "Sweden in Nairobi");
        return form;
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aConfirmedParticipantEntersDetailsCorrectsThemAndDownloadsTheApprovedLetter() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2050);
        fixtures.confirm(edition, ME, "fr");
        String page = "/conference/editions/2050/visa-letter";

        Page blank = perform(get(page));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.response().getHeader("Cache-Control")).contains("no-store");
        assertThat(blank.body()).contains("You have not asked for a letter yet", "name=\"passportNumber\"");

        Page saved = perform(form(page, passportForm()));
        assertThat(saved.redirect()).isEqualTo(page);
        Page stored = perform(get(page));
        assertThat(stored.body()).contains("Requested", "value=\"Zoë Núñez Ødegård\"", "\u2022\u2022\u2022567")
                .doesNotContain("AK1234567", "AK1234");

        Map<String, String> correction = passportForm();
        correction.put("passportNumber", "");
        correction.put("nationality", "Norwegian");
        assertThat(perform(form(page, correction)).redirect()).isEqualTo(page);
        assertThat(perform(get(page)).body()).contains("value=\"Norwegian\"", "\u2022\u2022\u2022567");
        assertThat(perform(get(page + ".pdf")).status()).isEqualTo(404);

        VisaLetterRequest request = jdbcRequest(edition);
        perform(post("/admin/conference/editions/2050/visa-letters/" + request.id() + "/approve"));

        Page letter = perform(get(page + ".pdf"));
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.response().getContentType()).isEqualTo("application/pdf");
        assertThat(letter.response().getHeader("Content-Disposition")).startsWith("attachment;")
                .contains("visa-letter-DD-2050-");
        assertThat(letter.response().getHeader("Cache-Control")).contains("no-store");
        assertThat(text(letter.response().getContentAsByteArray())).contains("Zoë Núñez Ødegård", "Norwegian",
                "AK1234567", "28 February 2056", "4 May 2050 to 7 May 2050", "Folkets Hus, Barnhusgatan 12, Stockholm",
                "The participant covers their own travel");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(
                Optional.of(request.id().toString()))).extracting(AuditEntry::action).contains(
                        "conference.passport.submitted", "conference.passport.read", "conference.passport.corrected",
                        "conference.visaLetter.approved", "conference.visaLetter.downloaded");
        assertThat(ConferenceTestApplication.MAILED).filteredOn(mail -> mail.recipient().equals(ME))
                .extracting(mail -> mail.letter().subject()).contains(
                        "Votre lettre d'invitation pour le visa, Defenders' Days 2050, est prête");
        assertThat(ConferenceTestApplication.MAILED).extracting(mail -> mail.letter().body())
                .noneMatch(body -> body.contains("AK1234567") || body.contains("Zoë"));

        Map<String, String> tooLate = passportForm();
        tooLate.put("nationality", "Swedish");
        Page refused = perform(form(page, tooLate));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("already approved").doesNotContain("name=\"passportNumber\"");
        assertThat(perform(get(page)).body()).contains("Approved: your letter is ready", "Download your letter");

        erasure.eraseAfterConferences(LocalDate.of(2050, 5, 15));
        Page gone = perform(get(page + ".pdf"));
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("deleted after the conference, so the letter can no longer be produced");
        assertThat(perform(get(page)).body()).contains("deleted after the conference").doesNotContain("\u2022\u2022\u2022",
                "Download your letter");
    }

    @Test
    void invalidDetailsComeBackWithReasonsNextToTheFieldsAndWhatWasTyped() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2051);
        fixtures.confirm(edition, ME, "en");
        String page = "/conference/editions/2051/visa-letter";

        Map<String, String> wrong = passportForm();
        wrong.put("nameInPassport", "Анна Иванова");
        wrong.put("dateOfBirth", "2999-01-01");
        wrong.put("expiresOn", "2051-05-05");
        wrong.put("issuedOn", "2051-02-30");
        Page refused = perform(form(page, wrong));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.response().getHeader("Cache-Control")).contains("no-store");
        assertThat(refused.body()).contains("Please correct the following", "href=\"#issuedOn\"",
                "Enter a real date as YYYY-MM-DD", "value=\"Анна Иванова\"", "value=\"2999-01-01\"");

        wrong.put("issuedOn", "2024-03-01");
        Page second = perform(form(page, wrong));
        assertThat(second.body()).contains("can only show Latin letters", "The date of birth must be in the past",
                "Your passport expires before the conference ends", "aria-invalid=\"true\"");

        Map<String, String> chinese = passportForm();
        chinese.put("issuingCountry", "Kenya 山田");
        assertThat(perform(form(page, chinese)).body()).contains("can only show Latin letters");
        assertThat(visaLetters.visaLetter(2051, ME).request()).isEmpty();
    }

    @Test
    void someoneWithoutAConfirmedPlaceIsToldWhyAndNothingIsStored() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2052);
        fixtures.offer(edition, ME);

        Page page = perform(get("/conference/editions/2052/visa-letter"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("Only for confirmed participants");
        assertThat(perform(form("/conference/editions/2052/visa-letter", passportForm())).status()).isEqualTo(403);
        assertThat(perform(get("/conference/editions/2052/visa-letter.pdf")).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.visa_letter_request WHERE edition_id = ?",
                Integer.class, edition.value())).isZero();

        assertThat(perform(get("/conference/editions/2199/visa-letter")).status()).isEqualTo(404);
        assertThat(perform(get("/conference/editions/abc/visa-letter")).status()).isEqualTo(400);
    }

    @Test
    void adminsListOpenRefuseAndCannotReachAnotherEditionsRequestByTamperedIds() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2053);
        PersonId other = fixtures.confirm(edition, PersonId.generate(), "es");
        fixtures.confirm(edition, ME, "en");
        visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(2053, other, TravelFixtures.passport(2053)));
        VisaLetterRequest request = visaLetters.visaLetter(2053, other).request().orElseThrow();
        String admin = "/admin/conference/editions/2053/visa-letters";

        Page list = perform(get(admin));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Waiting for a decision (1)", request.id().toString())
                .doesNotContain("Zoë", "AK1234567", "Kenyan");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(
                Optional.of(request.id().toString())) && entry.action().equals("conference.passport.read")
                && entry.detail().equals(Optional.of("admin"))).isEmpty();

        Page opened = perform(get(admin + "/" + request.id()));
        assertThat(opened.body()).contains("Zoë Núñez Ødegård", "AK1234567");
        assertThat(opened.response().getHeader("Cache-Control")).contains("no-store");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(
                Optional.of(request.id().toString())) && entry.action().equals("conference.passport.read")
                && entry.detail().equals(Optional.of("admin"))).hasSize(1);

        assertThat(perform(post(admin + "/" + request.id() + "/refuse").param("reason", "NONSENSE")).status())
                .isEqualTo(400);
        assertThat(perform(post(admin + "/" + request.id() + "/refuse").param("reason", "DETAILS_INCOMPLETE"))
                .redirect()).isEqualTo(admin + "/" + request.id());
        assertThat(ConferenceTestApplication.MAILED).filteredOn(mail -> mail.recipient().equals(other))
                .extracting(mail -> mail.letter().body()).anyMatch(body -> body.contains("faltan datos"));
        assertThat(perform(get(admin + "/" + request.id() + "/letter.pdf")).status()).isEqualTo(404);
        Page again = perform(post(admin + "/" + request.id() + "/approve"));
        assertThat(again.redirect()).isEqualTo(admin + "/" + request.id());
        assertThat(visaLetters.visaLetter(2053, other).request().orElseThrow().status().name()).isEqualTo("REFUSED");

        assertThat(perform(get("/admin/conference/editions/2050/visa-letters/" + request.id())).status())
                .isEqualTo(404);
        assertThat(perform(get(admin + "/" + java.util.UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(perform(get(admin + "/not-a-uuid")).status()).isEqualTo(400);
        assertThat(perform(get("/conference/editions/2053/visa-letter.pdf")).status()).isEqualTo(404);
        assertThat(perform(get("/admin/conference/travel")).body()).contains("/admin/conference/editions/2053/visa-letters");
        assertThat(List.of(perform(get("/conference/editions/2053/visa-letter")).body()))
                .noneMatch(body -> body.contains("AK1234567"));
    }

    private VisaLetterRequest jdbcRequest(EditionId edition) {
        return visaLetters.visaLetter(jdbc.queryForObject("SELECT year FROM conference.edition WHERE id = ?",
                Integer.class, edition.value()), ME).request().orElseThrow();
    }
}
