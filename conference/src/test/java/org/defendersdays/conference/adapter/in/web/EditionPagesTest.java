package org.defendersdays.conference.adapter.in.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionPagesTest {

    private static final int PAST = 2041;
    private static final int UPCOMING = 2043;
    private static final int DRAFT = 2045;

    @Autowired
    MockMvc mvc;

    @BeforeAll
    void editions(@Autowired PlanEditionUseCase plan, @Autowired AnnounceEditionUseCase announce,
            @Autowired ArchiveEditionUseCase archive) {
        EditionId past = plan.plan(new PlanEditionCommand(PAST, new EditionFacts(
                Optional.of(new EditionDates(LocalDate.of(PAST, 4, 9), LocalDate.of(PAST, 4, 12))), "Stockholm",
                Optional.empty(), Optional.of("Security in practice"), Optional.of(200), Optional.empty(),
                List.of(Topic.DIGITAL_SECURITY))));
        announce.announce(past);
        archive.archive(past);
        announce.announce(plan.plan(new PlanEditionCommand(UPCOMING, facts())));
        plan.plan(new PlanEditionCommand(DRAFT, facts()));
    }

    private static EditionFacts facts() {
        return new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    @Test
    void theListShowsPublicEditionsButNoDrafts() throws Exception {
        mvc.perform(get("/conference/editions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Defenders&#39; Days " + PAST)))
                .andExpect(content().string(containsString("/conference/editions/" + UPCOMING)))
                .andExpect(content().string(not(containsString(String.valueOf(DRAFT)))));
    }

    @Test
    void anEditionPageShowsWhatIsKnown() throws Exception {
        mvc.perform(get("/conference/editions/{year}", PAST))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("9 April to 12 April " + PAST)))
                .andExpect(content().string(containsString("Security in practice")))
                .andExpect(content().string(containsString("About 200 human rights defenders")))
                .andExpect(content().string(containsString("Digital security")))
                .andExpect(content().string(containsString("Past edition")));
        mvc.perform(get("/conference/editions/{year}", UPCOMING))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dates to be confirmed")));
    }

    @Test
    void pagesSpeakArabic() throws Exception {
        mvc.perform(get("/conference/editions/{year}", PAST).locale(Locale.forLanguageTag("ar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("أيام المدافعين")))
                .andExpect(content().string(containsString("الأمن الرقمي")));
    }

    @Test
    void unknownAndDraftEditionsAreNotFound() throws Exception {
        mvc.perform(get("/conference/editions/{year}", 1999)).andExpect(status().isNotFound());
        mvc.perform(get("/conference/editions/{year}", DRAFT)).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedYearIsABadRequest() throws Exception {
        mvc.perform(get("/conference/editions/not-a-year")).andExpect(status().isBadRequest());
        mvc.perform(get("/conference/editions/99999999999")).andExpect(status().isBadRequest());
    }
}
