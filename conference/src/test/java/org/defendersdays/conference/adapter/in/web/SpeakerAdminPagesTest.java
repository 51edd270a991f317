package org.defendersdays.conference.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.TestPictures;
import org.defendersdays.conference.application.port.in.BrowseSpeakersUseCase;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoCommand;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The speakers' back office pages and the public photo address, in the module alone against
 * PostgreSQL: what they show, store and refuse. Who may reach them is the app's concern (its
 * access-matrix test), as the module runs without Spring Security.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SpeakerAdminPagesTest {

    private static final String SPEAKERS = "/admin/conference/speakers";

    @Autowired
    MockMvc mvc;

    @Autowired
    BrowseSpeakersUseCase speakers;

    @Autowired
    JdbcClient jdbc;

    private record Page(int status, String body, String redirect, MockHttpServletResponse response) {
    }

    private Page perform(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl(), response);
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private SpeakerId add(String name) throws Exception {
        Page added = perform(form(SPEAKERS, Map.of("name", name, "bio", "Line one.\n\nLine two.", "organisation",
                "Safe Voices")));
        assertThat(added.status()).isEqualTo(302);
        return new SpeakerId(UUID.fromString(added.redirect().substring(SPEAKERS.length() + 1)));
    }

    private Speaker speaker(SpeakerId id) {
        return speakers.speaker(id);
    }

    private String version(SpeakerId id) {
        return String.valueOf(speaker(id).version());
    }

    private Page consent(SpeakerId id, ProfileField field, String how) throws Exception {
        return perform(form(SPEAKERS + "/" + id + "/consent", Map.of("field", field.name(), "how", how,
                "version", version(id))));
    }

    private Page withdraw(SpeakerId id, ProfileField field) throws Exception {
        return perform(form(SPEAKERS + "/" + id + "/consent/withdraw", Map.of("field", field.name(),
                "version", version(id))));
    }

    private Page upload(SpeakerId id, byte[] bytes, String filename) throws Exception {
        return perform(multipart(SPEAKERS + "/" + id + "/photo")
                .file(new MockMultipartFile("photo", filename, "application/octet-stream", bytes))
                .param("version", version(id)));
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM conference.publication_revision").query(Long.class).single();
    }

    @Test
    void anOrganiserAddsASpeakerRecordsConsentsAndSeesWhatThePublicSees() throws Exception {
        long revisionBefore = revision();
        SpeakerId id = add("Amina K.");

        Page edit = perform(get(SPEAKERS + "/" + id).flashAttr("notice", "conference.speakers.added"));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body()).contains("The speaker was added", "value=\"Amina K.\"", "Line one.\n\nLine two.",
                "Record consent to show the name", "Nothing: without consent to the name");
        assertThat(perform(get(SPEAKERS)).body()).contains("Amina K.", "Nothing: not shown");

        assertThat(consent(id, ProfileField.NAME, "signed form, 2 March").redirect()).isEqualTo(SPEAKERS + "/" + id);
        assertThat(consent(id, ProfileField.ORGANISATION, "").redirect()).isEqualTo(SPEAKERS + "/" + id);

        Page after = perform(get(SPEAKERS + "/" + id));
        assertThat(after.body()).contains("signed form, 2 March",
                "Recorded by the admin with account id " + ConferenceTestApplication.ORGANISER.id().value(),
                "Withdraw consent to show the name", "Record consent to show the bio");
        String preview = after.body().substring(after.body().indexOf("What the public sees"));
        assertThat(preview).contains("Amina K.", "Safe Voices").doesNotContain("Line one.");
        assertThat(perform(get(SPEAKERS)).body()).contains("Name", "Organisation");

        assertThat(withdraw(id, ProfileField.NAME).redirect()).isEqualTo(SPEAKERS + "/" + id);
        assertThat(speaker(id).publicProfile()).isEmpty();
        assertThat(speaker(id).consents()).containsOnlyKeys(ProfileField.ORGANISATION);
        assertThat(revision()).isEqualTo(revisionBefore + 4);
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(id.toString())))
                .extracting(AuditEntry::action).containsExactly("conference.speaker.added",
                        "conference.speaker.consentRecorded", "conference.speaker.consentRecorded",
                        "conference.speaker.consentWithdrawn");
    }

    @Test
    void badInputComesBackWithTheReasonsNextToTheFieldsAndNothingIsStored() throws Exception {
        int before = speakers.allSpeakers().size();
        assertRefused(Map.of("name", " ", "bio", "kept bio"), "name", "Enter the name.");
        assertRefused(Map.of("name", "N".repeat(121)), "name", "at most 120 characters");
        assertRefused(Map.of("name", "Bo", "bio", "b".repeat(2001)), "bio", "at most 2000 characters");
        assertRefused(Map.of("name", "Bo", "organisation", "o".repeat(201)), "organisation", "at most 200 characters");
        assertRefused(Map.of("name", "Bo\u202Eevil"), "name", "invisible or control characters");
        assertThat(speakers.allSpeakers()).hasSize(before);

        Page both = perform(form(SPEAKERS, Map.of("name", "", "bio", "b".repeat(2001))));
        assertThat(both.body()).contains("id=\"name-error\"", "id=\"bio-error\"");
    }

    private void assertRefused(Map<String, String> fields, String field, String reason) throws Exception {
        Page page = perform(form(SPEAKERS, fields));

        assertThat(page.status()).as("status for %s", fields).isEqualTo(200);
        assertThat(page.body()).as("reasons for %s", fields)
                .contains("Please correct the marked fields", "id=\"" + field + "-error\"", reason,
                        "aria-describedby=\"" + field + "-hint " + field + "-error\"");
        if (fields.containsKey("bio") && fields.get("bio").length() < 100) {
            assertThat(page.body()).contains(fields.get("bio"));
        }
    }

    @Test
    void aStaleRevisionIsRefusedWithTheInputKept() throws Exception {
        SpeakerId id = add("Chen W.");
        String seen = version(id);
        assertThat(perform(form(SPEAKERS + "/" + id, Map.of("name", "Chen Wei", "version", seen))).redirect())
                .isEqualTo(SPEAKERS + "/" + id);

        Page stale = perform(form(SPEAKERS + "/" + id, Map.of("name", "C. W.", "bio", "My careful new bio",
                "version", seen)));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else changed this speaker", "value=\"C. W.\"", "My careful new bio",
                "name=\"version\" value=\"" + version(id) + "\"");
        assertThat(speaker(id).profile().name()).isEqualTo("Chen Wei");

        Page staleConsent = perform(form(SPEAKERS + "/" + id + "/consent", Map.of("field", "NAME", "how",
                "signed form, 9 May", "version", seen)));
        assertThat(staleConsent.status()).isEqualTo(200);
        assertThat(staleConsent.body()).contains("Someone else changed this speaker", "value=\"signed form, 9 May\"",
                "name=\"version\" value=\"" + version(id) + "\"");
        assertThat(speaker(id).consents()).isEmpty();

        Page staleWithdrawal = perform(form(SPEAKERS + "/" + id + "/consent/withdraw", Map.of("field", "NAME",
                "version", seen)));
        assertThat(staleWithdrawal.redirect()).isEqualTo(SPEAKERS + "/" + id);
        assertThat(perform(get(SPEAKERS + "/" + id).flashAttr("problem", "conference.speakers.stale")).body())
                .contains("Someone else changed this speaker");
    }

    @Test
    void anOverlongConsentNoteIsShownNextToItsField() throws Exception {
        SpeakerId id = add("Dana");

        Page page = consent(id, ProfileField.BIO, "h".repeat(201));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"how-BIO-error\"", "at most 200 characters", "h".repeat(201));
        assertThat(speaker(id).consents()).isEmpty();
        assertThat(perform(form(SPEAKERS + "/" + id + "/consent", Map.of("field", "SHOE", "version", version(id))))
                .status()).isEqualTo(400);
    }

    @Test
    void aPhotoIsCleanedServedOnlyWithConsentAndNoLongerAfterAWithdrawal() throws Exception {
        SpeakerId id = add("Eli");
        assertThat(upload(id, TestPictures.jpegWithGpsPosition(900, 900), "phone.jpg").redirect())
                .isEqualTo(SPEAKERS + "/" + id);
        String sha = speaker(id).photo().orElseThrow().sha256();
        String publicUrl = "/conference/speakers/" + id + "/photo/" + sha + ".jpg";
        String adminUrl = SPEAKERS + "/" + id + "/photo/" + sha + ".jpg";

        Page preview = perform(get(adminUrl));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.response().getContentType()).isEqualTo("image/jpeg");
        assertThat(preview.response().getHeader("Cache-Control")).contains("no-store");
        byte[] stored = preview.response().getContentAsByteArray();
        assertThat(TestPictures.markersBeforeScan(stored)).doesNotContain(0xe1);
        assertThat(TestPictures.contains(stored, TestPictures.GPS_LATITUDE)).isFalse();
        assertThat(TestPictures.read(stored).getWidth()).isEqualTo(600);
        assertThat(perform(get(SPEAKERS + "/" + id)).body()).contains("src=\"" + adminUrl + "\"");

        assertThat(perform(get(publicUrl)).status()).as("no consent yet").isEqualTo(404);
        consent(id, ProfileField.PHOTO, "photo release form");
        assertThat(perform(get(publicUrl)).status()).as("photo but not name").isEqualTo(404);
        consent(id, ProfileField.NAME, "signed form");

        Page shown = perform(get(publicUrl));
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.response().getContentAsByteArray()).isEqualTo(stored);
        assertThat(shown.response().getHeader("Cache-Control")).isEqualTo("no-cache");
        assertThat(shown.response().getHeader("ETag")).isEqualTo("\"" + sha + "\"");
        assertThat(perform(get(publicUrl).header("If-None-Match", "\"" + sha + "\"")).status()).isEqualTo(304);
        assertThat(perform(get(SPEAKERS + "/" + id)).body()).contains("src=\"" + publicUrl + "\"");

        withdraw(id, ProfileField.PHOTO);
        assertThat(perform(get(publicUrl)).status()).isEqualTo(404);
        assertThat(perform(get(publicUrl).header("If-None-Match", "\"" + sha + "\"")).status()).isEqualTo(404);
        assertThat(perform(get(adminUrl)).status()).as("admins still see it").isEqualTo(200);
    }

    @Test
    void aNewPhotoNeedsConsentAgainAndARemovedOneIsDeleted() throws Exception {
        SpeakerId id = add("Farah");
        upload(id, TestPictures.jpeg(200, 200), "one.jpg");
        String first = speaker(id).photo().orElseThrow().sha256();
        consent(id, ProfileField.NAME, "");
        consent(id, ProfileField.PHOTO, "");

        assertThat(upload(id, TestPictures.png(300, 100), "two.png").redirect()).isEqualTo(SPEAKERS + "/" + id);
        String second = speaker(id).photo().orElseThrow().sha256();
        assertThat(second).isNotEqualTo(first);
        assertThat(speaker(id).consents()).containsOnlyKeys(ProfileField.NAME);
        assertThat(storedPhotos(first)).isZero();

        perform(form(SPEAKERS + "/" + id + "/photo/remove", Map.of("version", version(id))));
        assertThat(speaker(id).photo()).isEmpty();
        assertThat(storedPhotos(second)).isZero();
    }

    private long storedPhotos(String sha) {
        return jdbc.sql("SELECT count(*) FROM conference.speaker_photo WHERE sha256 = ?").param(sha).query(Long.class)
                .single();
    }

    @Test
    void anUploadThatIsNotAPictureOrTooLargeIsRefusedNextToThePhotoField() throws Exception {
        SpeakerId id = add("Gita");

        Page notAPicture = upload(id, "#!/bin/sh\necho hello".getBytes(StandardCharsets.UTF_8), "photo.jpg");
        assertThat(notAPicture.status()).isEqualTo(200);
        assertThat(notAPicture.body()).contains("id=\"photo-error\"", "not a JPEG or PNG picture",
                "aria-describedby=\"photo-hint photo-error\"");

        byte[] tooLarge = new byte[ReplaceSpeakerPhotoCommand.MAX_UPLOAD_BYTES + 1];
        System.arraycopy(TestPictures.jpeg(10, 10), 0, tooLarge, 0, 100);
        Page oversized = upload(id, tooLarge, "big.jpg");
        assertThat(oversized.status()).isEqualTo(200);
        assertThat(oversized.body()).contains("id=\"photo-error\"", "larger than 5 MB");

        Page bomb = upload(id, TestPictures.pngBomb(12_000), "bomb.png");
        assertThat(bomb.body()).contains("id=\"photo-error\"", "larger than 4000 pixels");

        Page nothing = perform(multipart(SPEAKERS + "/" + id + "/photo").param("version", version(id)));
        assertThat(nothing.body()).contains("id=\"photo-error\"", "Choose a photo");
        assertThat(speaker(id).photo()).isEmpty();
    }

    @Test
    void unknownSpeakersAndPhotosAreNotFound() throws Exception {
        String nobody = UUID.randomUUID().toString();
        assertThat(perform(get(SPEAKERS + "/" + nobody)).status()).isEqualTo(404);
        assertThat(perform(get("/conference/speakers/" + nobody + "/photo/" + "a".repeat(64) + ".jpg")).status())
                .isEqualTo(404);
        assertThat(perform(get(SPEAKERS + "/" + nobody + "/photo/" + "a".repeat(64) + ".jpg")).status())
                .isEqualTo(404);
    }
}
