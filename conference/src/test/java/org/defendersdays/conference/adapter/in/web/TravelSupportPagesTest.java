package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.TravelFixtures;
import org.defendersdays.conference.application.port.in.RequestTravelSupportUseCase;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
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

/** The travel support pages in the module alone, signed in as the test organiser. */
@SpringBootTest(properties = TravelFixtures.MESSAGES)
@AutoConfigureMockMvc
class TravelSupportPagesTest {

    private static final PersonId ME = ConferenceTestApplication.ORGANISER.id();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestTravelSupportUseCase support;

    private record Page(int status, String body, String redirect, MockHttpServletResponse response) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), response);
    }

    private static MockHttpServletRequestBuilder request(String path, String amount, String currency, String phone,
            String emergency, String... purposes) {
        MockHttpServletRequestBuilder request = post(path).param("amount", amount).param("currency", currency)
                .param("phone", phone).param("emergencyContact", emergency);
        for (String purpose : purposes) {
            request.param("purposes", purpose);
        }
        return request;
    }

    @Test
    void aParticipantAsksAnAdminGrantsLessAndTheParticipantSeesTheApprovedAmount() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2054);
        fixtures.confirm(edition, ME, "ru");
        String page = "/conference/editions/2054/travel-support";

        assertThat(perform(get(page)).body()).contains("You have not asked for travel support");
        Page saved = perform(request(page, "850,50", "EUR", "+254 722 123456", "Wanjiru Kamau +254 711 111111",
                "TRAVEL", "VISA_FEES"));
        assertThat(saved.redirect()).isEqualTo(page);
        Page stored = perform(get(page));
        assertThat(stored.response().getHeader("Cache-Control")).contains("no-store");
        assertThat(stored.body()).contains("You asked for EUR 850.50", "Requested").doesNotContain("722 123456",
                "Wanjiru");
        byte[] sealed = jdbc.queryForObject("SELECT contact_sealed FROM conference.travel_support_request "
                + "WHERE edition_id = ?", byte[].class, edition.value());
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Wanjiru", "722 123456");

        TravelSupportRequest request = support.travelSupport(2054, ME).request().orElseThrow();
        String admin = "/admin/conference/editions/2054/travel-support";
        Page list = perform(get(admin));
        assertThat(list.body()).contains("EUR 850.50", "Travel", "Visa fees").doesNotContain("Wanjiru", "722 123456");
        assertThat(perform(get(admin + "/" + request.id())).body()).doesNotContain("Wanjiru");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.action().equals(
                "conference.travelContact.read") && entry.targetId().equals(Optional.of(request.id().toString())))
                .isEmpty();
        assertThat(perform(get(admin + "/" + request.id() + "/contact")).body()).contains("+254 722 123456",
                "Wanjiru Kamau +254 711 111111");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.action().equals(
                "conference.travelContact.read") && entry.targetId().equals(Optional.of(request.id().toString())))
                .hasSize(1);

        Page tooMuch = perform(post(admin + "/" + request.id() + "/approve").param("amount", "900"));
        assertThat(tooMuch.status()).isEqualTo(200);
        assertThat(tooMuch.body()).contains("cannot grant more than the amount requested", "value=\"900\"");
        assertThat(perform(post(admin + "/" + request.id() + "/approve").param("amount", "600")).redirect())
                .isEqualTo(admin + "/" + request.id());

        assertThat(perform(get(page)).body()).contains("Approved amount: EUR 600.00");
        assertThat(ConferenceTestApplication.MAILED).filteredOn(mail -> mail.recipient().equals(ME))
                .extracting(mail -> mail.letter().body()).anyMatch(body -> body.contains("EUR 600.00")
                        && body.contains("Здравствуйте"));
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(
                Optional.of(request.id().toString()))).extracting(AuditEntry::action).contains(
                        "conference.travelSupport.requested", "conference.travelSupport.approved");
        Page closed = perform(request(page, "100", "EUR", "+254 722 123456", "Wanjiru", "TRAVEL"));
        assertThat(closed.body()).contains("already approved");
        assertThat(support.travelSupport(2054, ME).request().orElseThrow().approved().orElseThrow().formatted())
                .isEqualTo("EUR 600.00");
    }

    @Test
    void badInputComesBackWithReasonsAndTamperedChoicesAreRefused() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2055);
        fixtures.confirm(edition, ME, "en");
        String page = "/conference/editions/2055/travel-support";

        Page refused = perform(request(page, "-5", "EUR", "call me", ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter an amount in digits", "Choose at least one thing",
                "Enter a phone number in digits", "Please fill this in", "value=\"call me\"");
        assertThat(perform(request(page, "100", "BTC", "+46701234567", "Ann", "TRAVEL")).body())
                .contains("Choose one of the currencies offered");
        assertThat(perform(request(page, "100", "EUR", "+46701234567", "Ann", "PARTY")).body())
                .contains("Choose at least one thing");
        assertThat(support.travelSupport(2055, ME).request()).isEmpty();

        perform(request(page, "300", "SEK", "+46701234567", "Ann Berg +46709999999", "ACCOMMODATION"));
        TravelSupportRequest request = support.travelSupport(2055, ME).request().orElseThrow();
        String admin = "/admin/conference/editions/2055/travel-support/" + request.id();
        assertThat(perform(post(admin + "/refuse").param("reason", "NO_BUDGET")).redirect()).isEqualTo(admin);
        assertThat(perform(get(page)).body()).contains("Refused", "the organisers have no budget left");
        perform(request(page, "200", "SEK", "+46701234567", "Ann Berg +46709999999", "ACCOMMODATION"));
        assertThat(support.travelSupport(2055, ME).request().orElseThrow().status()).isEqualTo(RequestStatus.REQUESTED);

        assertThat(perform(get("/admin/conference/editions/2054/travel-support/" + request.id())).status())
                .isEqualTo(404);
        assertThat(perform(post(admin + "/approve").param("amount", "abc")).body()).contains("Enter an amount");
    }

    @Test
    void someoneWithoutAConfirmedPlaceGetsA403WithTheReason() throws Exception {
        new TravelFixtures(jdbc).editionOnce(2056);

        Page page = perform(get("/conference/editions/2056/travel-support"));
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("hold a confirmed place");
        assertThat(perform(request("/conference/editions/2056/travel-support", "100", "EUR", "+46701234567", "Ann",
                "TRAVEL")).status()).isEqualTo(403);
    }
}
