package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.junit.jupiter.api.Test;

/** The calendar export, parsed back with ical4j as a calendar client would read it. */
class AgendaCalendarTest {

    private static final Instant STAMP = Instant.parse("2018-03-20T12:00:00Z");
    private static final SessionId WINTER = SessionId.generate();
    private static final SessionId SUMMER = SessionId.generate();

    private static List<CalendarEvent> events() {
        return List.of(
                new CalendarEvent(WINTER, "Threat modelling, part 1", Optional.of("Bring a laptop.\nAll levels."),
                        new TimeSlot(LocalDate.of(2018, 3, 20), LocalTime.of(9, 0), LocalTime.of(10, 30)),
                        "Room Linné, Clarion Hotel Sign, Stockholm", List.of("Amina K.", "Name withheld"), false,
                        "", URI.create("https://defendersdays.example/conference/editions/2018/sessions/" + WINTER)),
                new CalendarEvent(SUMMER, "Staying safe while speaking out; a panel with a very long title indeed",
                        Optional.empty(),
                        new TimeSlot(LocalDate.of(2018, 4, 10), LocalTime.of(14, 0), LocalTime.of(15, 0)),
                        "Main hall", List.of(), true, "Chatham House Rule: no recording, no attribution.",
                        URI.create("https://defendersdays.example/conference/editions/2018/sessions/" + SUMMER)));
    }

    private static Calendar parse(String text) throws Exception {
        return new CalendarBuilder().build(new StringReader(text));
    }

    @Test
    void isAValidCalendarWithTheStockholmZoneAndOneEventPerSession() throws Exception {
        String text = AgendaCalendar.write("Defenders' Days 2018", events(), STAMP);
        Calendar calendar = parse(text);
        calendar.validate();

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertThat(zones).singleElement().satisfies(zone ->
                assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Stockholm"));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(2);
        assertThat(vevents.get(0).getUid().orElseThrow().getValue()).isEqualTo(WINTER + "@defendersdays");
        assertThat(vevents.get(0).getSummary().getValue()).isEqualTo("Threat modelling, part 1");
        assertThat(vevents.get(0).getDescription().getValue()).contains("Amina K., Name withheld", "Bring a laptop.\nAll levels.");
        assertThat(vevents.get(1).getDescription().getValue()).startsWith("Chatham House Rule");
    }

    @Test
    void timesAreStockholmLocalTimeOnBothSidesOfDaylightSaving() throws Exception {
        Calendar calendar = parse(AgendaCalendar.write("Defenders' Days 2018", events(), STAMP));
        List<VEvent> vevents = calendar.getComponents("VEVENT");

        DtStart<ZonedDateTime> winter = vevents.get(0).getDateTimeStart();
        assertThat(winter.getParameter("TZID")).hasValueSatisfying(tzid ->
                assertThat(tzid.getValue()).isEqualTo("Europe/Stockholm"));
        assertThat(winter.getDate().toInstant()).isEqualTo(Instant.parse("2018-03-20T08:00:00Z"));
        DtStart<ZonedDateTime> summer = vevents.get(1).getDateTimeStart();
        assertThat(summer.getDate().toInstant()).as("CEST, UTC+2").isEqualTo(Instant.parse("2018-04-10T12:00:00Z"));
        assertThat(Instant.from(vevents.get(1).getDateTimeEnd().getDate())).isEqualTo(
                ZonedDateTime.of(2018, 4, 10, 15, 0, 0, 0, TimeSlot.CONFERENCE_ZONE).toInstant());
    }

    @Test
    void followsTheFileFormatClientsExpect() {
        String text = AgendaCalendar.write("Defenders' Days 2018", events(), STAMP);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(text).contains("VERSION:2.0\r\n", "METHOD:PUBLISH\r\n", "PRODID:-//Defenders' Days//");
        assertThat(text.split("\r\n")).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75));
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(text).as("nothing for clients to fetch elsewhere").doesNotContain("TZURL", "tzurl.org");
        assertThat(text).contains("TZID:Europe/Stockholm\r\n", "DTSTART;TZID=Europe/Stockholm:20180410T140000\r\n");
    }

    @Test
    void theSameProgrammeAlwaysGivesTheSameFile() {
        assertThat(AgendaCalendar.write("Defenders' Days 2018", events(), STAMP))
                .isEqualTo(AgendaCalendar.write("Defenders' Days 2018", events(), STAMP));
    }

    @Test
    void anEmptyProgrammeIsStillAValidCalendar() throws Exception {
        Calendar calendar = parse(AgendaCalendar.write("Defenders' Days 2028", List.of(), STAMP));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getProperty(Property.PRODID)).isPresent();
    }
}
