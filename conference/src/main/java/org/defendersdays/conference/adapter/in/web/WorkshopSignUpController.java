package org.defendersdays.conference.adapter.in.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.application.port.in.ManageWorkshopCalendarUseCase;
import org.defendersdays.conference.application.port.in.ManageWorkshopCalendarUseCase.FeedEdition;
import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase.PersonalProgramme;
import org.defendersdays.conference.application.port.in.SeePersonalProgrammeUseCase.WorkshopOffer;
import org.defendersdays.conference.application.port.in.SignUpForWorkshopUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownWorkshop;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.workshop.CalendarToken;
import org.defendersdays.conference.domain.workshop.Place;
import org.defendersdays.conference.domain.workshop.SignUpRefused;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A confirmed participant's personal programme at an edition: the workshops of the published
 * agenda with the seats left, their own places (seat or waitlist position), signing up and leaving
 * with plain forms, and their private calendar address. Refusals a person can act on (a second
 * sign-up, a time clash, a later part) come back on the page with the reason (409); ids that are
 * not ids are 400, unknown workshops 404, and someone without a confirmed place gets 403 with an
 * explanation. The workshop's id travels in the form body, never in the address.
 */
@Controller
class WorkshopSignUpController {

    static final String PAGE = "conference/workshops/my-programme";
    static final String NOT_PARTICIPANT = "conference/workshops/not-participant";

    private final SignUpForWorkshopUseCase signUp;
    private final SeePersonalProgrammeUseCase programmes;
    private final ManageWorkshopCalendarUseCase calendars;
    private final BrowsePublishedProgrammeUseCase published;
    private final ProgrammeViews views;
    private final PublicResponses responses;
    private final MessageSource messages;

    WorkshopSignUpController(SignUpForWorkshopUseCase signUp, SeePersonalProgrammeUseCase programmes,
            ManageWorkshopCalendarUseCase calendars, BrowsePublishedProgrammeUseCase published, ProgrammeViews views,
            PublicResponses responses, MessageSource messages) {
        this.messages = messages;
        this.signUp = signUp;
        this.programmes = programmes;
        this.calendars = calendars;
        this.published = published;
        this.views = views;
        this.responses = responses;
    }

    /** One workshop (part) as the page lists it. */
    record WorkshopLine(String id, String title, LocalDate day, String start, String end, String language,
            int part, int parts, int seats, int seatsLeft, int waitlisted, String status, int position) {

        public boolean first() {
            return part == 1;
        }

        public boolean mine() {
            return status != null;
        }
    }

    @GetMapping("/conference/editions/{year}/my-programme")
    String programme(@PathVariable int year, CurrentPerson person, Locale locale, Model model) {
        return page(model, programmes.personalProgramme(person.id(), year), locale);
    }

    @PostMapping("/conference/editions/{year}/my-programme/sign-up")
    String signUp(@PathVariable int year, @RequestParam String session, CurrentPerson person, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SessionId workshop = new SessionId(ProgrammePagesController.uuid(session));
        try {
            Place place = signUp.signUp(person.id(), year, workshop);
            if (place.confirmed()) {
                redirect.addFlashAttribute("notice", "workshops.signedUp");
            } else {
                redirect.addFlashAttribute("notice", "workshops.waitlisted");
                redirect.addFlashAttribute("noticeArgument", place.waitlistPosition());
            }
        } catch (SignUpRefused refused) {
            return refusal(year, person, locale, model, response, refused);
        }
        return "redirect:/conference/editions/" + year + "/my-programme";
    }

    @PostMapping("/conference/editions/{year}/my-programme/leave")
    String leave(@PathVariable int year, @RequestParam String session, CurrentPerson person, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SessionId workshop = new SessionId(ProgrammePagesController.uuid(session));
        try {
            signUp.leave(person.id(), year, workshop);
        } catch (SignUpRefused refused) {
            return refusal(year, person, locale, model, response, refused);
        }
        redirect.addFlashAttribute("notice", "workshops.left");
        return "redirect:/conference/editions/" + year + "/my-programme";
    }

    /** Makes a new private calendar address (replacing any earlier one) and shows it, once. */
    @PostMapping("/conference/editions/{year}/my-programme/calendar")
    String newCalendar(@PathVariable int year, CurrentPerson person, RedirectAttributes redirect) {
        programmes.personalProgramme(person.id(), year); // the edition must exist
        CalendarToken token = calendars.replaceCalendarToken(person.id());
        redirect.addFlashAttribute("calendarUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/conference/calendar/" + token.value() + ".ics").build().toUriString());
        redirect.addFlashAttribute("notice", "workshops.calendar.made");
        return "redirect:/conference/editions/" + year + "/my-programme";
    }

    @PostMapping("/conference/editions/{year}/my-programme/calendar/revoke")
    String revokeCalendar(@PathVariable int year, CurrentPerson person, RedirectAttributes redirect) {
        programmes.personalProgramme(person.id(), year);
        calendars.revokeCalendarToken(person.id());
        redirect.addFlashAttribute("notice", "workshops.calendar.revoked");
        return "redirect:/conference/editions/" + year + "/my-programme";
    }

    /**
     * The calendar feed: whoever knows the address gets the holder's confirmed workshops (no name,
     * no id of theirs). Never stored by shared caches; an unknown or revoked token is 404.
     */
    @GetMapping("/conference/calendar/{token}.ics")
    ResponseEntity<byte[]> calendar(@PathVariable String token, Locale locale) {
        List<FeedEdition> feed = calendars.calendarFeed(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long revision = published.revision();
        List<CalendarEvent> events = new ArrayList<>();
        for (FeedEdition edition : feed) {
            published.publishedProgramme(edition.year()).ifPresent(programme -> {
                Map<SessionId, ProgrammeSession> byId = programme.sessions().stream()
                        .collect(Collectors.toMap(ProgrammeSession::id, Function.identity()));
                List<ProgrammeSession> chosen = edition.workshops().stream().map(byId::get)
                        .filter(java.util.Objects::nonNull).toList();
                events.addAll(views.calendarEvents(programme, chosen, locale));
            });
        }
        String body = AgendaCalendar.write(name(locale), events, responses.stamp(revision));
        return ResponseEntity.ok().contentType(ProgrammePagesController.CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"my-workshops.ics\"")
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    private String name(Locale locale) {
        return messages.getMessage("workshops.calendar.name", null, locale);
    }

    @ExceptionHandler(NotAConfirmedParticipant.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notParticipant(HttpServletRequest request, Model model) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        model.addAttribute("year", variables instanceof Map<?, ?> map ? map.get("year") : null);
        return NOT_PARTICIPANT;
    }

    /** Answered by the platform's own "not found" page. */
    @ExceptionHandler({UnknownEdition.class, UnknownWorkshop.class})
    void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    private String refusal(int year, CurrentPerson person, Locale locale, Model model, HttpServletResponse response,
            SignUpRefused refused) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("problem", refused.messageKey());
        model.addAttribute("problemArgument", refused.concerning());
        return page(model, programmes.personalProgramme(person.id(), year), locale);
    }

    private String page(Model model, PersonalProgramme programme, Locale locale) {
        List<WorkshopLine> lines = programme.workshops().stream().map(offer -> line(offer, locale)).toList();
        model.addAttribute("year", programme.year());
        model.addAttribute("participant", programme.participant());
        model.addAttribute("workshops", lines);
        model.addAttribute("mine", lines.stream().filter(WorkshopLine::mine).toList());
        model.addAttribute("calendarSince", programme.calendarSince()
                .map(since -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                        .withZone(ZoneId.of("Europe/Stockholm")).format(since))
                .orElse(null));
        return PAGE;
    }

    private WorkshopLine line(WorkshopOffer offer, Locale locale) {
        var details = offer.session().details();
        return new WorkshopLine(offer.session().id().toString(), details.title(), details.slot().day(),
                details.slot().start().toString(), details.slot().end().toString(), views.languages(details, locale),
                offer.part(), offer.parts(), offer.seats(), offer.seatsLeft(), offer.waitlisted(),
                offer.place().map(place -> place.status().name()).orElse(null),
                offer.place().map(Place::waitlistPosition).orElse(0));
    }
}
