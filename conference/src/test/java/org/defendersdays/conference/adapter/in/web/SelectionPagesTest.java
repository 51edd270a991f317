package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.SelectionData;
import org.defendersdays.conference.SelectionData.Call;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase.ExportRow;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The review, selection and place pages in the module alone, against PostgreSQL: what they show
 * (and never show), store and refuse. The signed-in person is the test app's organiser, who here
 * reviews, decides and applies. Who may reach which page is the app's access-matrix test.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelectionPagesTest {

    private static final UUID ME = ConferenceTestApplication.ORGANISER.id().value();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletResponse perform(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String body(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String reference(UUID application) {
        return application.toString().substring(0, 8);
    }

    @Test
    void reviewIsBlindEachReviewerKeepsTheirOwnScoresAndNobodyReviewsTheirOwnApplication() throws Exception {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2064, 10);
        UUID applicant = UUID.randomUUID();
        UUID theirs = data.submitted(call, applicant, "AFRICA", "sw");
        UUID mine = data.submitted(call, ME, "EUROPE_CENTRAL_ASIA", "en");
        UUID otherReviewer = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.review_score VALUES (?, ?, ?, 1, now()), (?, ?, ?, 2, now())", theirs,
                otherReviewer, call.clarity(), theirs, otherReviewer, call.impact());

        assertThat(body(get("/admin/conference/review"))).contains("/admin/conference/review/2064");
        String queue = body(get("/admin/conference/review/2064"));
        assertThat(queue).contains(reference(theirs), "/admin/conference/review/applications/" + theirs)
                .doesNotContain(applicant.toString(), "/admin/conference/review/applications/" + mine);

        String sheet = body(get("/admin/conference/review/applications/" + theirs));
        assertThat(sheet).contains(reference(theirs), "Ways to keep my sources safe", "Secure messaging",
                "What would you take home?", "Clarity of purpose").doesNotContain(applicant.toString(), "value=\"1\"");

        MockHttpServletResponse outOfRange = perform(post("/admin/conference/review/applications/" + theirs)
                .param("score-" + call.clarity(), "9").param("score-" + call.impact(), "7"));
        assertThat(outOfRange.getStatus()).isEqualTo(200);
        assertThat(outOfRange.getContentAsString(StandardCharsets.UTF_8)).contains("aria-invalid=\"true\"",
                "value=\"9\"", "#score-" + call.clarity());
        assertThat(scoresBy(ME)).isZero();

        MockHttpServletResponse saved = perform(post("/admin/conference/review/applications/" + theirs)
                .param("score-" + call.clarity(), "4").param("score-" + call.impact(), "7"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/conference/review/2064");
        assertThat(scoresBy(ME)).isEqualTo(2);
        assertThat(scoresBy(otherReviewer)).isEqualTo(2);
        assertThat(body(get("/admin/conference/review/2064"))).contains("<td>15</td>");
        perform(post("/admin/conference/review/applications/" + theirs).param("score-" + call.clarity(), "5")
                .param("score-" + call.impact(), "7"));
        assertThat(jdbc.queryForObject("SELECT score FROM conference.review_score WHERE reviewer = ? AND criterion_id = ?",
                Integer.class, ME, call.clarity())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT score FROM conference.review_score WHERE reviewer = ? AND criterion_id = ?",
                Integer.class, otherReviewer, call.clarity())).isEqualTo(1);

        MockHttpServletResponse own = perform(get("/admin/conference/review/applications/" + mine));
        assertThat(own.getRedirectedUrl()).isEqualTo("/admin/conference/review");
        MockHttpServletResponse ownScored = perform(post("/admin/conference/review/applications/" + mine)
                .param("score-" + call.clarity(), "5").param("score-" + call.impact(), "10"));
        assertThat(ownScored.getRedirectedUrl()).isEqualTo("/admin/conference/review");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.review_score WHERE application_id = ?",
                Integer.class, mine)).isZero();

        assertThat(perform(get("/admin/conference/review/applications/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/conference/review/applications/not-an-id")).getStatus()).isEqualTo(400);
        assertThat(perform(get("/admin/conference/review/1999")).getStatus()).isEqualTo(404);
    }

    private int scoresBy(UUID reviewer) {
        return jdbc.queryForObject("SELECT count(*) FROM conference.review_score WHERE reviewer = ?", Integer.class,
                reviewer);
    }

    @Test
    void adminsDecideSeeTheTotalsExportSafelyAndTheApplicantConfirmsTheirPlace() throws Exception {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2065, 2);
        UUID mine = data.submitted(call, ME, "AFRICA", "fr");
        UUID other = data.submitted(call, UUID.randomUUID(), "AMERICAS", "en");
        UUID risky = data.submitted(call, UUID.randomUUID(), "ASIA_PACIFIC", "en");
        jdbc.update("UPDATE conference.application SET languages = '{\"=1+1\",\"@SUM(A1)\"}' WHERE id = ?", other);
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        jdbc.update("INSERT INTO conference.review_score VALUES (?, ?, ?, 5, now()), (?, ?, ?, 10, now()), "
                + "(?, ?, ?, 1, now()), (?, ?, ?, 2, now())", mine, r1, call.clarity(), mine, r1, call.impact(), mine, r2,
                call.clarity(), mine, r2, call.impact());
        String selection = "/admin/conference/editions/2065/selection";

        String board = body(get(selection));
        assertThat(board).contains(reference(mine), reference(other), "12.0", "/admin/conference/applications/" + mine
                + "/sensitive");
        assertThat(board.indexOf(reference(mine))).isLessThan(board.indexOf(reference(other)));

        int mailsBefore = ConferenceTestApplication.MAILED.size();
        assertThat(perform(post(selection + "/" + mine + "/decision").param("outcome", "ACCEPTED")
                .param("version", "0")).getRedirectedUrl()).isEqualTo(selection);
        assertThat(data.place(mine)).isEqualTo("OFFERED");
        assertThat(ConferenceTestApplication.MAILED.subList(mailsBefore, ConferenceTestApplication.MAILED.size()))
                .anySatisfy(mailed -> {
                    assertThat(mailed.recipient().value()).isEqualTo(ME);
                    assertThat(mailed.letter().subject()).contains("2065", "une place vous est proposée");
                });

        MvcResult stale = mvc.perform(post(selection + "/" + other + "/decision").param("outcome", "DECLINED")
                .param("version", "7")).andReturn();
        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo(selection);
        assertThat(stale.getFlashMap().get("problem")).isEqualTo("selection.decision.stale");
        assertThat(data.place(other)).isEqualTo("NONE");
        assertThat(perform(post(selection + "/" + other + "/decision").param("outcome", "MAYBE").param("version", "0"))
                .getStatus()).isEqualTo(400);
        assertThat(perform(post(selection + "/" + UUID.randomUUID() + "/decision").param("outcome", "ACCEPTED")
                .param("version", "0")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/conference/editions/1999/selection")).getStatus()).isEqualTo(404);

        assertThat(perform(post(selection + "/" + risky + "/high-risk").param("highRisk", "true")).getRedirectedUrl())
                .isEqualTo(selection);
        assertThat(jdbc.queryForObject("SELECT high_risk FROM conference.application WHERE id = ?", Boolean.class,
                risky)).isTrue();

        MockHttpServletResponse csv = perform(get("/admin/conference/editions/2065/selection.csv"));
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment").contains("selection-2065.csv");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains(reference(mine), reference(other), "'=1+1 @SUM(A1)", "ACCEPTED", "OFFERED", "12.00")
                .doesNotContain(reference(risky), ME.toString(), "=HYPERLINK", "Secure messaging");
        assertThat(ConferenceTestApplication.AUDITED).extracting(AuditEntry::action)
                .contains("conference.selection.exported", "conference.selection.decided",
                        "conference.selection.highRiskMarked");

        String place = body(get("/conference/editions/2065/place"));
        assertThat(place).contains("data-state=\"offered\"", "/conference/editions/2065/place/confirm");
        assertThat(perform(post("/conference/editions/2065/place/confirm")).getRedirectedUrl())
                .isEqualTo("/conference/editions/2065/place");
        assertThat(data.place(mine)).isEqualTo("CONFIRMED");
        assertThat(body(get("/conference/editions/2065/place"))).contains("data-state=\"confirmed\"");
        MvcResult again = mvc.perform(post("/conference/editions/2065/place/confirm")).andReturn();
        assertThat(again.getFlashMap().get("problem")).isEqualTo("selection.place.error.notOffered");
        assertThat(body(get("/conference/editions/2069/place"))).contains("data-state=\"none\"");
    }

    @Test
    void everyCellThatASpreadsheetWouldReadAsAFormulaIsNeutralised() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(SpreadsheetCells.neutralise(formula)).isEqualTo("'" + formula);
        }
        assertThat(SpreadsheetCells.neutralise("KE")).isEqualTo("KE");
        assertThat(SpreadsheetCells.neutralise(null)).isEmpty();
        String csv = SelectionAdminController.csv(List.of(new ExportRow("=cmd|' /C calc'!A0", "AFRICA", "KE",
                List.of("-2+3"), List.of(), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty())));
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("'=cmd|' /C calc'!A0,AFRICA,KE,'-2+3");
    }
}
