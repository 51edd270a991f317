package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.application.port.out.PublicationRevision;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.config.SampleProgramme;
import org.defendersdays.conference.config.SampleProgramme.Made;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.Speaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public programme pages and calendars against a published sample agenda of 64 sessions: what a
 * visitor sees, how they filter it, and above all whom it names (only people who consented, never on
 * a session that withholds their name) and that a change shows at the next visit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammePagesTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2190);

    @Autowired
    MockMvc mvc;

    @Autowired
    SampleProgramme sample;

    Made made;

    String agenda;

    @BeforeAll
    void programme() {
        made = sample.make(YEARS.getAndIncrement());
        agenda = "/conference/editions/" + made.year() + "/agenda";
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAgendaShowsEverySessionByDayWithWhatAVisitorNeedsToChoose() throws Exception {
        String page = html(agenda);
        assertThat(page).contains("Agenda of Defenders&#39; Days " + made.year(), "Showing all 64 sessions.",
                weekday(7) + " 7 April " + made.year(), weekday(10) + " 10 April " + made.year(),
                "09:00", "10:30", "Room Linné", "Track: Protection", "Workshop", "24 seats",
                "English, interpreted into Russian", "Russian, interpreted into English",
                "English, interpreted into Arabic, Russian", "Chatham House Rule",
                "no recording, and nothing said may be attributed to anyone.", "Part 2, requires part 1:",
                "/conference/editions/" + made.year() + "/agenda.ics");
        assertThat(count(page, "<li class=\"session\">")).isEqualTo(64);
        assertThat(page).contains("<a href=\"/conference/speakers/" + made.trainer() + "\" dir=\"auto\">"
                + SampleProgramme.TRAINER + "</a>");
    }

    @Test
    void peopleAreNamedOnlyWithConsentAndWithheldNamesCarryNoLink() throws Exception {
        String page = html(agenda);
        assertThat(page).doesNotContain(SampleProgramme.UNCONSENTED).doesNotContain(made.unconsented().toString());
        assertThat(page).contains("Trainer: Name withheld");
        // Rafael is named on the odd slots of the main hall and withheld on the even ones.
        assertThat(count(page, ">" + SampleProgramme.SOMETIMES_WITHHELD + "<")).isEqualTo(8);
        assertThat(count(page, "Panellist: Name withheld")).isEqualTo(8);
        String withheldSession = html(sessionPath(made.sessions().get(1)));
        assertThat(withheldSession).contains("Name withheld").doesNotContain(SampleProgramme.SOMETIMES_WITHHELD)
                .doesNotContain(made.sometimesWithheld().toString());
    }

    @Test
    void visitorsFilterWithAPlainGetFormAndSeeTheFilterStated() throws Exception {
        String form = html(agenda);
        assertThat(form).contains("<form method=\"get\" class=\"filters\" action=\"" + agenda + "\"",
                "<label for=\"filter-topic\">Topic</label>", "<select id=\"filter-topic\" name=\"topic\">",
                "<option value=\"innovation\">Innovation against human rights violations</option>",
                "<button type=\"submit\">Show sessions</button>").doesNotContain("<script", "_csrf");

        String innovation = html(agenda + "?topic=innovation");
        assertThat(innovation).contains("Showing 32 of 64 sessions.", "Filtered by Topic: Innovation against",
                "Clear the filters", "<option value=\"innovation\" selected=\"selected\">")
                .doesNotContain("Staying well while at risk");

        String arabic = html(agenda + "?language=ar");
        assertThat(arabic).contains("Showing 32 of 64 sessions.", "Staying well while at risk",
                "Together in Stockholm").doesNotContain("Documenting violations");
        assertThat(html(agenda + "?language=ru")).contains("Showing 48 of 64 sessions.");
        assertThat(html(agenda + "?type=PANEL&day=" + made.year() + "-04-08"))
                .contains("Showing 4 of 64 sessions.");
        assertThat(html(agenda + "?topic=innovation&language=es")).contains("Showing 0 of 64 sessions.",
                "No session matches these filters.");
        assertThat(html(agenda + "?day=&topic=&language=&type=&track=")).contains("Showing all 64 sessions.");
    }

    @Test
    void pastEditionsKeepTheirAgendas(@Autowired ArchiveEditionUseCase archive) throws Exception {
        Made past = sample.make(YEARS.getAndIncrement());
        archive.archive(past.edition());
        assertThat(html("/conference/editions/" + past.year())).contains("Past edition", "See the agenda",
                "/conference/editions/" + past.year() + "/agenda");
        assertThat(html("/conference/editions/" + past.year() + "/agenda")).contains("Showing all 64 sessions.");
        mvc.perform(get("/api/conference/editions/" + past.year()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("past"));
    }

    @Test
    void anEditionWithoutPublishedSessionsSaysSo(@Autowired PlanEditionUseCase plan,
            @Autowired AnnounceEditionUseCase announce, @Autowired ArchiveEditionUseCase archive) throws Exception {
        int year = YEARS.getAndIncrement();
        EditionId edition = plan.plan(new PlanEditionCommand(year, new EditionFacts(Optional.empty(), "Stockholm",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of())));
        mvc.perform(get("/conference/editions/" + year + "/agenda")).andExpect(status().isNotFound());
        announce.announce(edition);
        mvc.perform(get("/conference/editions/" + year + "/agenda")).andExpect(status().isNotFound());
        assertThat(html("/conference/editions/" + year)).doesNotContain("See the agenda");
        archive.archive(edition);
        assertThat(html("/conference/editions/" + year + "/agenda"))
                .contains("No session of this edition has been published.").doesNotContain("<form");
    }

    @Test
    void badInputIsAFriendlyRefusal() throws Exception {
        mvc.perform(get(agenda + "?day=tomorrow")).andExpect(status().isBadRequest());
        mvc.perform(get(agenda + "?type=PARTY")).andExpect(status().isBadRequest());
        mvc.perform(get(agenda + "?language=klingon")).andExpect(status().isBadRequest());
        mvc.perform(get("/conference/editions/1999/agenda")).andExpect(status().isNotFound());
        mvc.perform(get("/conference/editions/" + made.year() + "/sessions/not-a-session"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/conference/editions/" + made.year() + "/sessions/" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/conference/editions/2013/sessions/" + made.sessions().get(0)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/conference/speakers/" + made.unconsented())).andExpect(status().isNotFound());
        mvc.perform(get("/conference/speakers/" + java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/conference/speakers/x")).andExpect(status().isBadRequest());
        mvc.perform(get("/conference/editions/" + made.year() + "/sessions/" + java.util.UUID.randomUUID() + ".ics"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aSessionPageHasItsDescriptionPartsPeopleAndCalendar() throws Exception {
        String part2 = html(sessionPath(made.sessions().get(4)));
        assertThat(part2).contains("Threat modelling for small organisations, part 2 (day 1, slot 2)",
                "Map what you protect", "Part 2, requires part 1:", sessionPath(made.sessions().get(0)),
                "About the room: Step-free, hearing loop", sessionPath(made.sessions().get(4)) + ".ics",
                SampleProgramme.TRAINER, "Name withheld").doesNotContain(SampleProgramme.UNCONSENTED);
        assertThat(html(sessionPath(made.sessions().get(0)))).contains("Continued in part 2:");
    }

    @Test
    void aSpeakerPageShowsOnlyWhatThePersonConsentedToAndOnlyTheSessionsNamingThem() throws Exception {
        String trainer = html("/conference/speakers/" + made.trainer());
        assertThat(trainer).contains(SampleProgramme.TRAINER, SampleProgramme.TRAINER_BIO,
                SampleProgramme.TRAINER_ORGANISATION).doesNotContain("<img");
        assertThat(count(trainer, "Threat modelling for small organisations")).isEqualTo(16);

        String rafael = html("/conference/speakers/" + made.sometimesWithheld());
        assertThat(count(rafael, "Staying well while at risk")).isEqualTo(8);
        assertThat(rafael).contains("slot 2)").doesNotContain("slot 1)").doesNotContain("slot 3)");
    }

    @Test
    void pagesSpeakArabic() throws Exception {
        String page = mvc.perform(get(agenda + "?language=ru").locale(Locale.forLanguageTag("ar")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("جدول أعمال أيام المدافعين", "الروسية", "قاعدة تشاتام هاوس", "الاسم محجوب",
                "اعرض الجلسات");
    }

    @Test
    void aRepeatVisitIsA304WithoutReadingTheProgrammeAndEveryChangeGivesANewValidator() throws Exception {
        MvcResult first = mvc.perform(get(agenda + "?topic=digital-security")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, startsWith("W/\"")))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(header().string(HttpHeaders.VARY, "Accept-Language, Cookie"))
                .andReturn();
        String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get(agenda + "?topic=digital-security").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified()).andExpect(header().string(HttpHeaders.ETAG, etag))
                .andExpect(content().string(""));
        mvc.perform(get(agenda + "?topic=innovation").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isOk());
        mvc.perform(get(agenda + "?topic=digital-security").header(HttpHeaders.IF_NONE_MATCH, etag)
                .locale(Locale.forLanguageTag("ar"))).andExpect(status().isOk());
    }

    @Test
    void aWithdrawnConsentShowsAtTheNextVisit(@Autowired Speakers speakers, @Autowired PublicationRevision revision)
            throws Exception {
        Made own = sample.make(YEARS.getAndIncrement());
        String path = "/conference/editions/" + own.year() + "/agenda";
        MvcResult before = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString(SampleProgramme.SPEAKER))).andReturn();
        String etag = before.getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/conference/speakers/" + own.speaker())).andExpect(status().isOk());
        mvc.perform(get("/api/conference/editions/" + own.year() + "/sessions"))
                .andExpect(content().string(containsString(SampleProgramme.SPEAKER)));

        Speaker nadia = speakers.findById(own.speaker()).orElseThrow();
        nadia.withdrawConsent(ProfileField.NAME);
        speakers.save(nadia);
        revision.bump();

        mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, not(etag)))
                .andExpect(content().string(not(containsString(SampleProgramme.SPEAKER))))
                .andExpect(content().string(not(containsString(own.speaker().toString()))));
        mvc.perform(get("/conference/speakers/" + own.speaker())).andExpect(status().isNotFound());
        mvc.perform(get("/api/conference/editions/" + own.year() + "/sessions"))
                .andExpect(content().string(not(containsString(SampleProgramme.SPEAKER))));
        String calendar = mvc.perform(get(path + ".ics")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(calendar).doesNotContain(SampleProgramme.SPEAKER);
    }

    @Test
    void theAgendaIsACalendarThatCalendarClientsRead() throws Exception {
        MvcResult result = mvc.perform(get(agenda + ".ics")).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"defenders-days-" + made.year() + ".ics\""))
                .andReturn();
        String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        calendar.validate();
        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(64);
        Set<String> uids = new HashSet<>();
        for (VEvent event : events) {
            uids.add(event.getUid().orElseThrow().getValue());
            assertThat(event.getDateTimeStart().getParameter("TZID")).hasValueSatisfying(tzid ->
                    assertThat(tzid.getValue()).isEqualTo("Europe/Stockholm"));
        }
        assertThat(uids).hasSize(64).allMatch(uid -> uid.endsWith("@defendersdays"));
        VEvent first = events.stream().filter(event -> event.getUid().orElseThrow().getValue()
                .equals(made.sessions().get(0) + "@defendersdays")).findFirst().orElseThrow();
        assertThat(Instant.from(first.getDateTimeStart().getDate()))
                .as("09:00 in Stockholm in April is 07:00 UTC").isEqualTo(Instant.parse(made.year() + "-04-07T07:00:00Z"));
        assertThat(first.getLocation().getValue()).isEqualTo("Room Linné, Clarion Hotel Sign, Stockholm");
        assertThat(first.getDescription().getValue()).contains("Trainer: " + SampleProgramme.TRAINER,
                "Trainer: Name withheld");
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).doesNotContain(SampleProgramme.UNCONSENTED).doesNotContain(made.unconsented().toString())
                .contains("Chatham House Rule: no recording");

        String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get(agenda + ".ics").header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        assertThat(mvc.perform(get(agenda + ".ics")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .as("the same revision gives the same file").isEqualTo(text);
    }

    @Test
    void oneSessionIsACalendarOfOneEventInTheVisitorsLanguage() throws Exception {
        String path = sessionPath(made.sessions().get(1)) + ".ics";
        MvcResult result = mvc.perform(get(path).locale(Locale.forLanguageTag("ar"))).andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, startsWith("attachment; filename=\"defenders-days-")))
                .andReturn();
        Calendar calendar = new CalendarBuilder().build(new StringReader(result.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(made.sessions().get(1) + "@defendersdays");
            assertThat(event.getDescription().getValue()).contains("قاعدة تشاتام هاوس", "الاسم محجوب")
                    .doesNotContain(SampleProgramme.SOMETIMES_WITHHELD);
        });
    }

    private String weekday(int dayOfApril) {
        return java.time.LocalDate.of(made.year(), 4, dayOfApril).getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private String sessionPath(Object id) {
        return "/conference/editions/" + made.year() + "/sessions/" + id;
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
