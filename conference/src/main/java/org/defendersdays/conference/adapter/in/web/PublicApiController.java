package org.defendersdays.conference.adapter.in.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.servlet.http.HttpServletRequest;

import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiContributor;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiEdition;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiEditions;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiIndex;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiSession;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiSessions;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiSpeaker;
import org.defendersdays.conference.adapter.in.web.PublicApiDocuments.ApiSpeakerSession;
import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase.PublicEditions;
import org.defendersdays.conference.application.port.in.BrowsePublicSpeakersUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublicSpeakersUseCase.PublicSpeaker;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.TimeSlot;
import org.defendersdays.conference.domain.programme.Track;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public JSON API of the conference: public editions, the sessions of published agendas (with the
 * agenda page's filters as query parameters) and consenting speakers. Described by the OpenAPI
 * document at {@code /api/openapi.json}; errors are problem details (RFC 9457). Answers hold nothing
 * personal to the caller, so they are kept per publication revision and validated by ETag for everyone.
 */
@RestController
@RequestMapping(path = "/api/conference", produces = "application/json")
class PublicApiController {

    private final BrowsePublicEditionsUseCase editions;
    private final BrowsePublishedProgrammeUseCase programmes;
    private final BrowsePublicSpeakersUseCase speakers;
    private final PublicResponses responses;

    PublicApiController(BrowsePublicEditionsUseCase editions, BrowsePublishedProgrammeUseCase programmes,
            BrowsePublicSpeakersUseCase speakers, PublicResponses responses) {
        this.editions = editions;
        this.programmes = programmes;
        this.speakers = speakers;
        this.responses = responses;
    }

    @GetMapping
    ApiIndex index() {
        return new ApiIndex("Defenders' Days conference: public API",
                "Public editions of the conference, the sessions of their published agendas, and the trainers, "
                        + "panellists and speakers who consented to be named.",
                "/api/openapi.json", "/api/conference/editions");
    }

    @GetMapping("/editions")
    ResponseEntity<ApiEditions> editions(HttpServletRequest request) {
        return answer(request, "editions", revision -> {
            PublicEditions all = editions.publicEditions();
            return new ApiEditions(java.util.stream.Stream.concat(all.upcoming().stream(), all.past().stream())
                    .map(PublicApiController::edition).toList());
        });
    }

    @GetMapping("/editions/{year}")
    ResponseEntity<ApiEdition> edition(@PathVariable int year, HttpServletRequest request) {
        return answer(request, "edition|" + year, revision -> {
            try {
                return edition(editions.publicEdition(year));
            } catch (UnknownEdition e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no public edition in " + year + ".");
            }
        });
    }

    @GetMapping("/editions/{year}/sessions")
    ResponseEntity<ApiSessions> sessions(@PathVariable int year, @RequestParam(required = false) String day,
            @RequestParam(required = false) String topic, @RequestParam(required = false) String language,
            @RequestParam(required = false) String type, @RequestParam(required = false) String track,
            HttpServletRequest request) {
        AgendaFilter filter = AgendaFilter.parse(day, topic, language, type, track);
        return answer(request, "sessions|" + year + "|" + filter.key(), revision -> {
            PublishedProgramme programme = programme(year, revision);
            List<ApiSession> sessions = programme.sessions().stream().filter(filter::matches)
                    .map(session -> session(programme, session)).toList();
            return new ApiSessions(year, sessions.size(), sessions);
        });
    }

    @GetMapping("/editions/{year}/sessions/{id}")
    ResponseEntity<ApiSession> session(@PathVariable int year, @PathVariable String id, HttpServletRequest request) {
        SessionId sessionId = new SessionId(ProgrammePagesController.uuid(id));
        return answer(request, "session|" + year + "|" + sessionId, revision -> {
            PublishedProgramme programme = programme(year, revision);
            return programme.sessions().stream().filter(session -> session.id().equals(sessionId)).findFirst()
                    .map(session -> session(programme, session))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                            "There is no such session in the published agenda of " + year + "."));
        });
    }

    @GetMapping("/speakers/{id}")
    ResponseEntity<ApiSpeaker> speaker(@PathVariable String id, HttpServletRequest request) {
        SpeakerId speakerId = new SpeakerId(ProgrammePagesController.uuid(id));
        return answer(request, "speaker|" + speakerId, revision -> {
            PublicSpeaker speaker = speakers.publicSpeaker(speakerId).orElseThrow(() -> new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no such speaker, or they are not shown publicly."));
            var profile = speaker.profile();
            return new ApiSpeaker(profile.id().toString(), profile.name(), profile.bio().orElse(null),
                    profile.organisation().orElse(null),
                    profile.photo().map(photo -> "/conference/speakers/" + profile.id() + "/photo/" + photo.sha256()
                            + ".jpg").orElse(null),
                    speaker.sessions().stream().map(named -> new ApiSpeakerSession(named.edition().year(),
                            named.session().id().toString(), named.session().details().title(), named.role().name(),
                            named.session().details().slot().day(),
                            ProgrammeViews.sessionPath(named.edition().year(), named.session().id()))).toList());
        });
    }

    // ---- answers

    private <T> ResponseEntity<T> answer(HttpServletRequest request, String variant, LongFunction<T> build) {
        long revision = programmes.revision();
        String etag = responses.etag("api|" + variant, revision, Locale.ROOT);
        if (PublicResponses.notModified(request, etag)) {
            return PublicResponses.notModifiedResponse(etag);
        }
        T body = responses.get("api|" + variant + "|" + revision, () -> build.apply(revision));
        return ResponseEntity.ok().eTag(etag).cacheControl(PublicResponses.REVALIDATE).body(body);
    }

    private PublishedProgramme programme(int year, long revision) {
        PublishedProgramme programme = responses.get("programme|" + year + "|" + revision,
                () -> programmes.publishedProgramme(year).orElse(null));
        if (programme == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no published agenda for " + year + ".");
        }
        return programme;
    }

    private static ApiEdition edition(Edition edition) {
        int year = edition.year();
        boolean agenda = edition.status().showsAgenda();
        String base = "/api/conference/editions/" + year;
        return new ApiEdition(year, edition.status().isUpcoming() ? "upcoming" : "past", edition.facts().city(),
                edition.facts().venue().orElse(null), edition.facts().theme().orElse(null),
                edition.facts().dates().map(EditionDates::start).orElse(null),
                edition.facts().dates().map(EditionDates::end).orElse(null),
                edition.facts().topics().stream().map(Topic::slug).toList(),
                edition.facts().languages().stream().map(LanguageCode::value).toList(), agenda, base,
                agenda ? "/conference/editions/" + year + "/agenda" : null, agenda ? base + "/sessions" : null,
                agenda ? "/conference/editions/" + year + "/agenda.ics" : null);
    }

    private static ApiSession session(PublishedProgramme programme, ProgrammeSession session) {
        SessionDetails details = session.details();
        int year = programme.edition().year();
        Optional<String> continuedBy = programme.sessions().stream()
                .filter(other -> other.details().continues().filter(session.id()::equals).isPresent())
                .map(other -> other.id().toString()).findFirst();
        return new ApiSession(session.id().toString(), year, details.title(), details.description().orElse(null),
                details.type().name(), details.slot().day(),
                details.slot().startMoment().toOffsetDateTime().toString(),
                details.slot().endMoment().toOffsetDateTime().toString(), TimeSlot.CONFERENCE_ZONE.getId(),
                programme.room(details.room()).map(room -> room.name()).orElse(null),
                details.track().flatMap(programme::track).map(Track::name).orElse(null),
                details.topics().stream().map(Topic::slug).sorted().toList(), details.language().value(),
                details.interpretation().stream().map(LanguageCode::value).sorted().toList(),
                details.chathamHouseRule(), details.seats().orElse(null),
                details.continues().map(SessionId::toString).orElse(null), continuedBy.orElse(null),
                details.contributors().stream().map(contributor -> contributor(programme, contributor)).toList(),
                ProgrammeViews.sessionPath(year, session.id()), ProgrammeViews.sessionPath(year, session.id()) + ".ics");
    }

    private static ApiContributor contributor(PublishedProgramme programme, Contributor contributor) {
        Speaker speaker = programme.speakers().get(contributor.speaker());
        Optional<String> name = speaker == null ? Optional.empty() : speaker.nameOn(contributor);
        return name.map(shown -> new ApiContributor(contributor.role().name(), false, shown,
                contributor.speaker().toString(), "/api/conference/speakers/" + contributor.speaker()))
                .orElseGet(() -> new ApiContributor(contributor.role().name(), true, null, null, null));
    }
}
