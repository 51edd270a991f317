package org.defendersdays.conference.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.BrowsePublicSpeakersUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.web.PageQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public programme: an edition's agenda (filtered by a plain GET form), a page per session and
 * per consenting person, and the agenda or one session as an iCalendar file.
 *
 * <p>For visitors who are not signed in, pages are rendered once per publication revision, language
 * and filter, and validated with a weak ETag: a repeat visit costs one primary-key lookup and a 304.
 * A signed-in person's page shows their name (and a sign-out form with its CSRF token), so it is
 * rendered for them alone and never kept. Calendars hold nothing personal to the visitor and are
 * kept for everyone.
 */
@Controller
class ProgrammePagesController {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final MediaType CALENDAR = MediaType.parseMediaType(AgendaCalendar.MEDIA_TYPE);

    private final BrowsePublishedProgrammeUseCase programmes;
    private final BrowsePublicSpeakersUseCase speakers;
    private final ProgrammeViews views;
    private final PublicResponses responses;
    private final PageRenderer renderer;

    ProgrammePagesController(BrowsePublishedProgrammeUseCase programmes, BrowsePublicSpeakersUseCase speakers,
            ProgrammeViews views, PublicResponses responses, PageRenderer renderer) {
        this.programmes = programmes;
        this.speakers = speakers;
        this.views = views;
        this.responses = responses;
        this.renderer = renderer;
    }

    /** A page of the model, to be rendered with the named view. */
    private record Page(String view, Map<String, ?> model) {
    }

    @GetMapping("/conference/editions/{year}/agenda")
    ResponseEntity<byte[]> agenda(@PathVariable int year, @RequestParam(required = false) String day,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String language,
            @RequestParam(required = false) String type, @RequestParam(required = false) String track,
            HttpServletRequest request, HttpServletResponse response, Locale locale) {
        AgendaFilter filter = AgendaFilter.parse(day, topic, language, type, track);
        return page(request, response, locale, "agenda|" + year + "|" + filter.key(), filter.query(),
                revision -> {
                    PublishedProgramme programme = programme(year, revision);
                    return new Page("conference/agenda", Map.of("agenda", views.agenda(programme, filter, locale)));
                });
    }

    @GetMapping("/conference/editions/{year}/sessions/{id}")
    ResponseEntity<byte[]> session(@PathVariable int year, @PathVariable String id, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        SessionId sessionId = new SessionId(uuid(id));
        return page(request, response, locale, "session|" + year + "|" + sessionId, "", revision -> {
            PublishedProgramme programme = programme(year, revision);
            ProgrammeSession session = session(programme, sessionId);
            return new Page("conference/session", Map.of("item", views.session(programme, session, locale),
                    "place", programme.edition().facts().venue().orElse(programme.edition().facts().city())));
        });
    }

    @GetMapping("/conference/speakers/{id}")
    ResponseEntity<byte[]> speaker(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        SpeakerId speakerId = new SpeakerId(uuid(id));
        return page(request, response, locale, "speaker|" + speakerId, "", revision -> {
            var speaker = responses.get("speaker|" + speakerId + "|" + revision,
                    () -> speakers.publicSpeaker(speakerId).orElse(null));
            if (speaker == null) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return new Page("conference/speaker", Map.of("speaker", views.speaker(speaker, locale)));
        });
    }

    @GetMapping("/conference/editions/{year}/agenda.ics")
    ResponseEntity<byte[]> agendaCalendar(@PathVariable int year, @RequestParam(required = false) String day,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String language,
            @RequestParam(required = false) String type, @RequestParam(required = false) String track,
            HttpServletRequest request, Locale locale) {
        AgendaFilter filter = AgendaFilter.parse(day, topic, language, type, track);
        return calendar(request, locale, "agenda.ics|" + year + "|" + filter.key(),
                "defenders-days-" + year + ".ics", revision -> {
                    PublishedProgramme programme = programme(year, revision);
                    List<ProgrammeSession> chosen = programme.sessions().stream().filter(filter::matches).toList();
                    return AgendaCalendar.write(views.calendarName(programme, locale),
                            views.calendarEvents(programme, chosen, locale), responses.stamp(revision));
                });
    }

    @GetMapping("/conference/editions/{year}/sessions/{id}.ics")
    ResponseEntity<byte[]> sessionCalendar(@PathVariable int year, @PathVariable String id,
            HttpServletRequest request, Locale locale) {
        SessionId sessionId = new SessionId(uuid(id));
        return calendar(request, locale, "session.ics|" + year + "|" + sessionId,
                "defenders-days-" + year + "-session-" + sessionId.value().toString().substring(0, 8) + ".ics",
                revision -> {
                    PublishedProgramme programme = programme(year, revision);
                    ProgrammeSession session = session(programme, sessionId);
                    return AgendaCalendar.write(session.details().title(),
                            views.calendarEvents(programme, List.of(session), locale), responses.stamp(revision));
                });
    }

    // ---- how pages are served

    private ResponseEntity<byte[]> page(HttpServletRequest request, HttpServletResponse response, Locale locale,
            String variant, String query, LongFunction<Page> build) {
        long revision = programmes.revision();
        // A kept page is served for every address with the same variant: its links (the language
        // switch's) carry the canonical query it was built from, never this visitor's extra parameters.
        request.setAttribute(PageQuery.ATTRIBUTE, query);
        if (request.getUserPrincipal() != null) {
            // Signed in: the page carries the person's name; Spring Security marks it no-store.
            Page page = build.apply(revision);
            return ResponseEntity.ok().contentType(HTML)
                    .body(renderer.render(page.view(), page.model(), locale, request, response));
        }
        String etag = responses.etag(variant, revision, locale);
        if (PublicResponses.notModified(request, etag)) {
            return PublicResponses.notModifiedResponse(etag);
        }
        byte[] body = responses.get("page|" + variant + "|" + revision + "|" + locale.toLanguageTag(), () -> {
            Page page = build.apply(revision);
            return renderer.render(page.view(), page.model(), locale, request, response);
        });
        return ResponseEntity.ok().eTag(etag).cacheControl(PublicResponses.REVALIDATE).varyBy(PublicResponses.VARY)
                .contentType(HTML).body(body);
    }

    private ResponseEntity<byte[]> calendar(HttpServletRequest request, Locale locale, String variant,
            String filename, LongFunction<String> build) {
        long revision = programmes.revision();
        String etag = responses.etag(variant, revision, locale);
        if (PublicResponses.notModified(request, etag)) {
            return PublicResponses.notModifiedResponse(etag);
        }
        byte[] body = responses.get("calendar|" + variant + "|" + revision + "|" + locale.toLanguageTag(),
                () -> build.apply(revision).getBytes(StandardCharsets.UTF_8));
        return ResponseEntity.ok().eTag(etag).cacheControl(PublicResponses.REVALIDATE).varyBy(PublicResponses.VARY)
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }

    private PublishedProgramme programme(int year, long revision) {
        PublishedProgramme programme = responses.get("programme|" + year + "|" + revision,
                () -> programmes.publishedProgramme(year).orElse(null));
        if (programme == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return programme;
    }

    private static ProgrammeSession session(PublishedProgramme programme, SessionId id) {
        return programme.sessions().stream().filter(session -> session.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An id that is not one is a bad request, answered with the platform's friendly page. */
    static UUID uuid(String id) {
        try {
            if (id.length() != 36) {
                throw new IllegalArgumentException(id);
            }
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
