package org.defendersdays.bootcamp.adapter.in.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CataloguePagesTest {

    /** A suffix unique to this run, so these pages never depend on another test class's data. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String PUBLISHED = "web-published-" + RUN;
    private static final String PUBLISHED_TITLE = "Digital security foundations " + RUN;
    private static final String DRAFT = "web-draft-" + RUN;
    private static final String DRAFT_TITLE = "Unfinished draft " + RUN;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void programmes(@Autowired CreateProgrammeUseCase create, @Autowired PublishProgrammeUseCase publish) {
        publish.publish(create.create(new CreateProgrammeCommand(new ProgrammeSlug(PUBLISHED), new ProgrammeOutline(
                PUBLISHED_TITLE, "Protect your devices and accounts, step by step.", DeliveryFormat.BLENDED, 6,
                List.of(new Language("en"), new Language("ar")), List.of(new Topic("digital-security"))))));
        create.create(new CreateProgrammeCommand(new ProgrammeSlug(DRAFT), new ProgrammeOutline(DRAFT_TITLE,
                "Not ready yet.", DeliveryFormat.SELF_PACED, 1, List.of(new Language("en")), List.of())));
    }

    @Test
    void theCatalogueListsPublishedProgrammesButNoDrafts() throws Exception {
        mvc.perform(get("/bootcamp/programmes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Bootcamp programmes - Defenders&#39; Days</title>")))
                .andExpect(content().string(containsString(PUBLISHED_TITLE)))
                .andExpect(content().string(containsString("href=\"/bootcamp/programmes/" + PUBLISHED + "\"")))
                .andExpect(content().string(not(containsString(DRAFT))))
                .andExpect(content().string(not(containsString(DRAFT_TITLE))));
    }

    @Test
    void aProgrammePageShowsWhatParticipantsNeedToKnow() throws Exception {
        mvc.perform(get("/bootcamp/programmes/{slug}", PUBLISHED))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "<title>" + PUBLISHED_TITLE + " - Bootcamp - Defenders&#39; Days</title>")))
                .andExpect(content().string(containsString(">" + PUBLISHED_TITLE + "</h1>")))
                .andExpect(content().string(containsString("Protect your devices and accounts, step by step.")))
                .andExpect(content().string(containsString("Blended: self-paced work and live sessions")))
                .andExpect(content().string(containsString("6 weeks")))
                .andExpect(content().string(containsString("<li>English</li>")))
                .andExpect(content().string(containsString("<li>Arabic</li>")))
                .andExpect(content().string(containsString("<li>Digital security</li>")));
    }

    @Test
    void pagesSpeakArabic() throws Exception {
        mvc.perform(get("/bootcamp/programmes/{slug}", PUBLISHED).header(HttpHeaders.ACCEPT_LANGUAGE, "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("المعسكر التدريبي - أيام المدافعين")))
                .andExpect(content().string(containsString("<li>الإنجليزية</li>")))
                .andExpect(content().string(containsString("<li>العربية</li>")))
                .andExpect(content().string(containsString("<li>الأمن الرقمي</li>")))
                .andExpect(content().string(not(containsString("Taught in"))));
        mvc.perform(get("/bootcamp/programmes").header(HttpHeaders.ACCEPT_LANGUAGE, "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("برامج المعسكر التدريبي")));
    }

    @Test
    void unknownAndDraftProgrammesAreNotFound() throws Exception {
        mvc.perform(get("/bootcamp/programmes/{slug}", "no-such-programme-" + RUN)).andExpect(status().isNotFound());
        mvc.perform(get("/bootcamp/programmes/{slug}", DRAFT)).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedSlugIsABadRequest() throws Exception {
        for (String malformed : List.of("Digital-Security", "bad_slug", "double--hyphen", "a".repeat(61))) {
            mvc.perform(get("/bootcamp/programmes/{slug}", malformed)).andExpect(status().isBadRequest());
        }
    }
}
