package org.defendersdays.conference.adapter.in.web;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import org.defendersdays.conference.domain.programme.TimeSlot;

/**
 * The public agenda (or one session) as an iCalendar file (RFC 5545), written with ical4j. Times are
 * local to Stockholm with the zone's VTIMEZONE included, so calendar clients anywhere show them
 * right, across daylight-saving changes too. Each session keeps its UID, so an updated file
 * updates the events a calendar already holds instead of adding copies.
 */
final class AgendaCalendar {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    private static final String PRODUCT = "-//Defenders' Days//Conference programme//EN";
    private static final VTimeZone CONFERENCE_ZONE = conferenceZone();

    private AgendaCalendar() {
    }

    /**
     * @param name the calendar's name, such as "Defenders' Days 2018"
     * @param stamp when this version of the programme was published (kept stable, so the same
     *        programme always gives the same file)
     */
    static String write(String name, List<CalendarEvent> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.withProdId(PRODUCT)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", name))
                .withProperty(new XProperty("X-WR-TIMEZONE", TimeSlot.CONFERENCE_ZONE.getId()))
                .withComponent(CONFERENCE_ZONE);
        events.forEach(event -> calendar.withComponent(vevent(event, stamp)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException | ValidationException impossible) {
            throw new IllegalStateException("the programme did not make a valid calendar", impossible);
        }
        return out.toString();
    }

    private static VEvent vevent(CalendarEvent event, Instant stamp) {
        VEvent vevent = new VEvent(event.slot().startMoment(), event.slot().endMoment(), event.title());
        vevent.withProperty(new Uid(event.id() + "@defendersdays"))
                .withProperty(new DtStamp(stamp))
                .withProperty(new Location(event.location()))
                .withProperty(new Url(event.page()))
                .withProperty(new Description(description(event)));
        return vevent;
    }

    private static String description(CalendarEvent event) {
        StringBuilder text = new StringBuilder();
        if (event.chathamHouseRule()) {
            text.append(event.chathamHouseNotice()).append("\n\n");
        }
        if (!event.people().isEmpty()) {
            text.append(String.join(", ", event.people())).append("\n\n");
        }
        event.description().ifPresent(description -> text.append(description).append("\n\n"));
        text.append(event.page());
        return text.toString();
    }

    /**
     * Stockholm's VTIMEZONE from ical4j's bundled zone data. The tz database now keeps Stockholm as
     * a link to Berlin (same rules since 1980), so the definition comes named Europe/Berlin: it is
     * renamed to match the events' TZID. Its TZURL is dropped, so no calendar client is invited to
     * fetch anything from a third party.
     */
    private static VTimeZone conferenceZone() {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        VTimeZone zone = registry.getTimeZone(TimeSlot.CONFERENCE_ZONE.getId()).getVTimeZone().copy();
        List<Property> kept = zone.getPropertyList().getAll().stream()
                .filter(property -> !property.getName().equals(Property.TZURL)
                        && !property.getName().equals("X-LIC-LOCATION"))
                .map(property -> property.getName().equals(Property.TZID)
                        ? new TzId(TimeSlot.CONFERENCE_ZONE.getId()) : property)
                .toList();
        zone.setPropertyList(new PropertyList(kept));
        return zone;
    }
}
