package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.application.port.in.AdministerEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.out.Speakers;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.conference.domain.programme.SpeakerProfile;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The programme's back office pages in the module alone: rooms, tracks, sessions with their checks, topics. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeAdminPagesTest {

    private static final AtomicInteger YEARS = new AtomicInteger(2160);

    @Autowired
    MockMvc mvc;

    @Autowired
    AdministerEditionsUseCase editions;

    @Autowired
    BrowseAllEditionsUseCase allEditions;

    @Autowired
    BrowseProgrammeUseCase programme;

    @Autowired
    Speakers speakers;

    private record Page(int status, String body, String redirect, Map<String, Object> flash) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), Map.copyOf(result.getFlashMap()));
    }

    private static MockHttpServletRequestBuilder form(String path, MultiValueMap<String, String> fields) {
        return post(path).params(fields);
    }

    private static MultiValueMap<String, String> fields(Map<String, String> single) {
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        single.forEach(fields::add);
        return fields;
    }

    private record Edition(EditionId id, int year, LocalDate day, String base) {
    }

    private Edition edition() {
        int year = YEARS.getAndIncrement();
        LocalDate day = LocalDate.of(year, 4, 9);
        EditionId id = editions.plan(PersonId.generate(), new PlanEditionCommand(year, new EditionFacts(
                Optional.of(new EditionDates(day, day.plusDays(3))), "Stockholm", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(LanguageCode.of("en"), LanguageCode.of("ru"),
                        LanguageCode.of("ar")))));
        editions.announce(PersonId.generate(), id);
        return new Edition(id, year, day, "/admin/conference/editions/" + id + "/programme");
    }

    private String room(Edition edition, String name) throws Exception {
        perform(form(edition.base() + "/rooms", fields(Map.of("name", name, "note", ""))));
        return programme.programme(edition.id()).rooms().stream().filter(room -> room.name().equals(name))
                .map(Room::id).findFirst().orElseThrow().toString();
    }

    private Speaker speaker(String name) {
        return speakers.save(Speaker.add(SpeakerId.generate(), new SpeakerProfile(name, Optional.empty(),
                Optional.empty())));
    }

    private static MultiValueMap<String, String> session(String type, String title, LocalDate day, String start,
            String end, String room, String seats, Map<String, String> more) {
        Map<String, String> single = new LinkedHashMap<>(Map.of("type", type, "title", title, "day", day.toString(),
                "start", start, "end", end, "room", room, "seats", seats, "language", "en", "version", ""));
        single.putAll(more);
        MultiValueMap<String, String> fields = fields(single);
        for (int row = 0; row < 3; row++) {
            if (!fields.containsKey("contributorSpeaker") || row > 0) {
                fields.add("contributorSpeaker", "");
                fields.add("contributorRole", "TRAINER");
            }
        }
        return fields;
    }

    private Optional<ProgrammeSession> sessionTitled(Edition edition, String title) {
        return programme.programme(edition.id()).sessions().stream()
                .filter(session -> session.details().title().equals(title)).findFirst();
    }

    @Test
    void anAdminAddsRoomsAndTracksSchedulesSessionsSeesAConflictFixesItAndPublishes() throws Exception {
        Edition edition = edition();
        Speaker amina = speaker("Amina K. " + edition.year());

        Page added = perform(form(edition.base() + "/rooms", fields(Map.of("name", "Main hall", "note", "step-free"))));
        assertThat(added.redirect()).isEqualTo(edition.base() + "/rooms");
        String hall = room(edition, "Main hall");
        String studio = room(edition, "Studio");
        assertThat(perform(form(edition.base() + "/tracks", fields(Map.of("name", "Digital security")))).redirect())
                .isEqualTo(edition.base() + "/tracks");
        String track = programme.programme(edition.id()).tracks().get(0).id().toString();
        assertThat(perform(get(edition.base() + "/rooms")).body()).contains("Main hall", "step-free", "Studio");

        MultiValueMap<String, String> workshop = session("WORKSHOP", "Threat modelling", edition.day(), "09:00",
                "10:30", hall, "20", Map.of("track", track, "interpretation", "ru", "chathamHouseRule", "true",
                        "topics", "digital-security"));
        workshop.set("contributorSpeaker", amina.id().toString());
        workshop.add("contributorSpeaker", "");
        workshop.set("contributorRole", "TRAINER");
        workshop.add("contributorRole", "TRAINER");
        workshop.add("withheld", "0");
        Page scheduled = perform(form(edition.base() + "/sessions", workshop));
        assertThat(scheduled.redirect()).as(scheduled.body()).isEqualTo(edition.base());
        ProgrammeSession stored = sessionTitled(edition, "Threat modelling").orElseThrow();
        assertThat(stored.details().contributors()).singleElement().satisfies(contributor -> {
            assertThat(contributor.speaker()).isEqualTo(amina.id());
            assertThat(contributor.nameWithheld()).isTrue();
        });
        assertThat(stored.details().chathamHouseRule()).isTrue();
        assertThat(stored.details().interpretation()).containsExactly(LanguageCode.of("ru"));

        assertThat(perform(form(edition.base() + "/sessions", session("PANEL", "Opening panel", edition.day(),
                "09:00", "10:00", studio, "", Map.of()))).redirect()).isEqualTo(edition.base());

        Page clash = perform(form(edition.base() + "/sessions", session("KEYNOTE", "Overlapping keynote",
                edition.day(), "10:00", "11:00", hall, "", Map.of())));
        assertThat(clash.status()).isEqualTo(200);
        assertThat(clash.body()).contains("id=\"room-error\"",
                "The room is taken by &quot;Threat modelling&quot; on " + edition.day() + ", 09:00 to 10:30",
                "aria-describedby=\"room-hint room-error\"", "value=\"Overlapping keynote\"");
        assertThat(sessionTitled(edition, "Overlapping keynote")).isEmpty();

        assertThat(perform(form(edition.base() + "/sessions", session("KEYNOTE", "Overlapping keynote",
                edition.day(), "10:30", "11:30", hall, "", Map.of()))).redirect()).isEqualTo(edition.base());

        String overview = perform(get(edition.base())).body();
        assertThat(overview).contains("Threat modelling", "Opening panel", "Overlapping keynote",
                "Chatham House Rule: no recording, no attribution", "with interpretation into Russian");

        assertThat(perform(post(edition.base() + "/publish")).redirect()).isEqualTo(edition.base());
        assertThat(allEditions.edition(edition.id()).status()).isEqualTo(EditionStatus.PROGRAMME_PUBLISHED);
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                stored.id().toString()))).extracting(AuditEntry::action)
                .containsExactly("conference.programme.sessionScheduled");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                edition.id().toString()))).extracting(AuditEntry::action).contains("conference.edition.programmePublished");
    }

    @Test
    void badInputComesBackWithReasonsNextToTheFieldsAndKeepsWhatWasTyped() throws Exception {
        Edition edition = edition();
        String hall = room(edition, "Hall");
        assertRefused(edition, session("PANEL", "Backwards", edition.day(), "11:00", "10:00", hall, "", Map.of()),
                "end", "must end after it starts");
        assertRefused(edition, session("WORKSHOP", "No seats", edition.day(), "09:00", "10:00", hall, "0", Map.of()),
                "seats", "between 1 and 1000");
        assertRefused(edition, session("WORKSHOP", "Many seats", edition.day(), "09:00", "10:00", hall, "lots",
                Map.of()), "seats", "whole number of seats");
        assertRefused(edition, session("PANEL", "T".repeat(201), edition.day(), "09:00", "10:00", hall, "", Map.of()),
                "title", "too long");
        assertRefused(edition, session("PANEL", "Nowhere", edition.day(), "09:00", "10:00",
                UUID.randomUUID().toString(), "", Map.of()), "room", "Choose one of this edition");
        assertRefused(edition, session("PANEL", "Garbled room", edition.day(), "09:00", "10:00", "not-an-id", "",
                Map.of()), "room", "Choose one of this edition");
        assertRefused(edition, session("PANEL", "Bad time", edition.day(), "25:00", "26:00", hall, "", Map.of()),
                "start", "HH:MM");
        assertRefused(edition, session("PANEL", "Outside", edition.day().plusDays(10), "09:00", "10:00", hall, "",
                Map.of()), "day", "not one of the days of the edition");
        assertRefused(edition, session("PANEL", "French", edition.day(), "09:00", "10:00", hall, "",
                Map.of("language", "fr")), "language", "languages this edition offers");
        assertThat(programme.programme(edition.id()).sessions()).isEmpty();
        Page emptyRoom = perform(form(edition.base() + "/rooms", fields(Map.of("name", " "))));
        assertThat(emptyRoom.status()).isEqualTo(200);
        assertThat(emptyRoom.body()).contains("id=\"name-error\"", "This is required");
    }

    private void assertRefused(Edition edition, MultiValueMap<String, String> fields, String field, String reason)
            throws Exception {
        Page page = perform(form(edition.base() + "/sessions", fields));
        assertThat(page.status()).as("status for %s", fields).isEqualTo(200);
        assertThat(page.body()).as("reasons for %s", fields)
                .contains("Nothing was saved", "id=\"" + field + "-error\"", reason)
                .contains("aria-invalid=\"true\"");
        String title = fields.getFirst("title");
        if (title.length() < 100) {
            assertThat(page.body()).contains("value=\"" + title + "\"");
        }
    }

    @Test
    void partsFollowEachOtherAStaleEditIsToldAndAContinuedPartOneStays() throws Exception {
        Edition edition = edition();
        String hall = room(edition, "Hall");
        String studio = room(edition, "Studio");
        perform(form(edition.base() + "/sessions", session("WORKSHOP", "Part one", edition.day(), "09:00", "10:00",
                hall, "12", Map.of())));
        ProgrammeSession one = sessionTitled(edition, "Part one").orElseThrow();

        Page early = perform(form(edition.base() + "/sessions", session("WORKSHOP", "Part two", edition.day(),
                "09:30", "11:00", studio, "12", Map.of("continues", one.id().toString()))));
        assertThat(early.body()).contains("id=\"continues-error\"", "would start before its earlier part");
        perform(form(edition.base() + "/sessions", session("WORKSHOP", "Part two", edition.day(), "10:30", "11:30",
                studio, "12", Map.of("continues", one.id().toString()))));
        ProgrammeSession two = sessionTitled(edition, "Part two").orElseThrow();

        String editPath = edition.base() + "/sessions/" + one.id();
        assertThat(perform(get(editPath)).body()).contains("value=\"Part one\"", "name=\"version\" value=\""
                + one.version() + "\"");
        perform(form(editPath, session("WORKSHOP", "Part one, renamed", edition.day(), "09:00", "10:00", hall, "12",
                Map.of("version", String.valueOf(one.version())))));
        Page stale = perform(form(editPath, session("WORKSHOP", "Part one, my version", edition.day(), "09:00",
                "10:00", hall, "12", Map.of("version", String.valueOf(one.version())))));
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this", "value=\"Part one, my version\"");
        assertThat(sessionTitled(edition, "Part one, renamed")).isPresent();

        assertThat(perform(post(edition.base() + "/sessions/" + one.id() + "/delete")).redirect())
                .isEqualTo(edition.base());
        assertThat(sessionTitled(edition, "Part one, renamed")).isPresent();
        assertThat(perform(post(edition.base() + "/sessions/" + two.id() + "/delete")).redirect())
                .isEqualTo(edition.base());
        assertThat(sessionTitled(edition, "Part two")).isEmpty();
    }

    @Test
    void aRoomOrTrackInUseIsRefusedWithTheReasonAndAFreeOneIsRemoved() throws Exception {
        Edition edition = edition();
        String hall = room(edition, "Hall");
        String studio = room(edition, "Studio");
        perform(form(edition.base() + "/tracks", fields(Map.of("name", "Security"))));
        String track = programme.programme(edition.id()).tracks().get(0).id().toString();
        perform(form(edition.base() + "/sessions", session("PANEL", "Opening", edition.day(), "09:00", "10:00", hall,
                "", Map.of("track", track))));
        assertThat(sessionTitled(edition, "Opening")).isPresent();

        String hallPage = edition.base() + "/rooms/" + hall;
        assertThat(perform(get(hallPage)).body()).contains("Remove this room",
                "action=\"" + hallPage + "/delete\"");
        Page refused = perform(form(hallPage + "/delete", fields(Map.of("version", version(edition, hall)))));
        assertThat(refused.redirect()).isEqualTo(hallPage);
        assertThat(mvc.perform(get(hallPage).flashAttrs(refused.flash())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"",
                "still held in this room", "Nothing was removed");
        String trackPage = edition.base() + "/tracks/" + track;
        Page trackRefused = perform(form(trackPage + "/delete", fields(Map.of("version", "0"))));
        assertThat(trackRefused.redirect()).isEqualTo(trackPage);
        assertThat(trackRefused.flash()).containsEntry("problem", "programme.track.inUse");
        assertThat(programme.programme(edition.id()).rooms()).hasSize(2);
        assertThat(programme.programme(edition.id()).tracks()).hasSize(1);

        String studioPage = edition.base() + "/rooms/" + studio;
        Page stale = perform(form(studioPage + "/delete", fields(Map.of("version", "99"))));
        assertThat(stale.redirect()).isEqualTo(studioPage);
        assertThat(stale.flash()).containsEntry("problem", "conference.programme.removeStale");
        Page removed = perform(form(studioPage + "/delete", fields(Map.of("version", version(edition, studio)))));
        assertThat(removed.redirect()).isEqualTo(edition.base() + "/rooms");
        assertThat(removed.flash()).containsEntry("notice", "conference.programme.rooms.removed");
        assertThat(programme.programme(edition.id()).rooms()).extracting(Room::name).containsExactly("Hall");
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(
                studio))).extracting(AuditEntry::action).contains("conference.programme.roomRemoved");

        assertThat(perform(form(studioPage + "/delete", fields(Map.of("version", "0")))).status()).isEqualTo(404);
        assertThat(perform(form(edition.base() + "/kitchens/" + hall + "/delete", fields(Map.of("version", "0"))))
                .status()).isEqualTo(404);
        assertThat(perform(form("/admin/conference/editions/" + UUID.randomUUID() + "/programme/rooms/" + hall
                + "/delete", fields(Map.of("version", "0")))).status()).isEqualTo(404);
        assertThat(perform(form(edition.base() + "/tracks/" + hall + "/delete", fields(Map.of("version", "0"))))
                .status()).isEqualTo(404);
        assertThat(perform(get(trackPage).locale(Locale.forLanguageTag("ar"))).body()).contains("حذف هذا المسار");
    }

    private String version(Edition edition, String room) {
        return programme.programme(edition.id()).rooms().stream().filter(r -> r.id().toString().equals(room))
                .findFirst().orElseThrow().version().toString();
    }

    @Test
    void anAddedTopicNobodyUsesIsRemovedAndTheBuiltInAndUsedOnesStay() throws Exception {
        Edition edition = edition();
        String hall = room(edition, "Hall");
        String used = "used-" + edition.year();
        String free = "free-" + edition.year();
        for (String slug : List.of(used, free)) {
            perform(form("/admin/conference/topics", fields(Map.of("slug", slug, "name", "Topic " + slug))));
        }
        perform(form(edition.base() + "/sessions", session("PANEL", "Tagged", edition.day(), "09:00", "10:00", hall,
                "", Map.of("topics", used))));
        assertThat(sessionTitled(edition, "Tagged")).isPresent();

        Page inUse = perform(form("/admin/conference/topics/" + used + "/delete", fields(Map.of("version",
                topicVersion(used)))));
        assertThat(inUse.redirect()).isEqualTo("/admin/conference/topics/" + used);
        assertThat(mvc.perform(get(inUse.redirect()).flashAttrs(inUse.flash())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("role=\"alert\"",
                "still tagged with this topic");

        assertThat(perform(get("/admin/conference/topics/digital-security")).body())
                .contains("cannot be removed").doesNotContain("Remove this topic");
        Page builtIn = perform(form("/admin/conference/topics/digital-security/delete", fields(Map.of("version",
                topicVersion("digital-security")))));
        assertThat(builtIn.redirect()).isEqualTo("/admin/conference/topics/digital-security");
        assertThat(builtIn.flash()).containsEntry("problem", "programme.topic.builtIn");

        assertThat(perform(get("/admin/conference/topics/" + free)).body()).contains("Remove this topic",
                "action=\"/admin/conference/topics/" + free + "/delete\"");
        Page removed = perform(form("/admin/conference/topics/" + free + "/delete", fields(Map.of("version",
                topicVersion(free)))));
        assertThat(removed.redirect()).isEqualTo("/admin/conference/topics");
        assertThat(removed.flash()).containsEntry("notice", "conference.topics.removed");
        assertThat(programme.topics()).extracting(topic -> topic.topic().slug()).contains(used, "digital-security")
                .doesNotContain(free);
        assertThat(perform(form("/admin/conference/topics/" + free + "/delete", fields(Map.of("version", "0"))))
                .status()).isEqualTo(404);
    }

    private String topicVersion(String slug) {
        return programme.topics().stream().filter(topic -> topic.topic().slug().equals(slug)).findFirst()
                .orElseThrow().version().toString();
    }

    @Test
    void adminsAddAndRenameTopicsAndTheBuiltInOnesAreTranslated() throws Exception {
        String slug = "legal-support-" + YEARS.getAndIncrement();
        assertThat(perform(form("/admin/conference/topics", fields(Map.of("slug", slug, "name", "Legal support"))))
                .redirect()).isEqualTo("/admin/conference/topics");
        Page again = perform(form("/admin/conference/topics", fields(Map.of("slug", slug, "name", "Again"))));
        assertThat(again.body()).contains("id=\"slug-error\"", "already a topic with this code");
        Page invalid = perform(form("/admin/conference/topics", fields(Map.of("slug", "Not A Slug", "name", "X"))));
        assertThat(invalid.body()).contains("id=\"slug-error\"", "value=\"Not A Slug\"");

        Page list = perform(get("/admin/conference/topics"));
        assertThat(list.body()).contains("Legal support", "Digital security", "Psychosocial aspects of security");
        assertThat(perform(get("/admin/conference/topics").locale(Locale.forLanguageTag("ar"))).body())
                .contains("Legal support");
        String version = programme.topics().stream().filter(topic -> topic.topic().slug().equals(slug)).findFirst()
                .orElseThrow().version().toString();
        assertThat(perform(form("/admin/conference/topics/" + slug, fields(Map.of("name", "Legal aid", "version",
                version)))).redirect()).isEqualTo("/admin/conference/topics");
        Page stale = perform(form("/admin/conference/topics/" + slug, fields(Map.of("name", "Old", "version",
                version))));
        assertThat(stale.body()).contains("Someone else changed this");
        assertThat(perform(get("/admin/conference/topics/no-such-topic")).status()).isEqualTo(404);
    }

    @Test
    void unknownThingsAreNotFoundAndThePagesSpeakArabicWithoutScriptOrStyle() throws Exception {
        Edition edition = edition();
        String hall = room(edition, "Hall");
        perform(form(edition.base() + "/sessions", session("PANEL", "Opening", edition.day(), "09:00", "10:00", hall,
                "", Map.of())));
        String unknownEdition = "/admin/conference/editions/" + UUID.randomUUID() + "/programme";
        assertThat(perform(get(unknownEdition)).status()).isEqualTo(404);
        assertThat(perform(get(edition.base() + "/sessions/" + UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(perform(get(edition.base() + "/rooms/" + UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(perform(get(edition.base() + "/kitchens")).status()).isEqualTo(404);
        assertThat(perform(post(edition.base() + "/sessions/" + UUID.randomUUID() + "/delete")).status())
                .isEqualTo(404);
        assertThat(perform(get(edition.base() + "/sessions/not-an-id")).status()).isEqualTo(400);

        Locale arabic = Locale.forLanguageTag("ar");
        for (String path : List.of(edition.base(), edition.base() + "/sessions/new", edition.base() + "/rooms",
                edition.base() + "/tracks", "/admin/conference/topics")) {
            Page page = perform(get(path).locale(arabic));
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain("<script", "style=");
        }
        assertThat(perform(get(edition.base()).locale(arabic)).body()).contains("برنامج أيام المدافعين");
        assertThat(perform(get(edition.base() + "/sessions/new").locale(arabic)).body())
                .contains("<label for=\"title\">العنوان</label>", "<legend>الأشخاص</legend>");
    }
}
