package org.defendersdays.conference.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublishedProgrammeUseCase.PublishedProgramme;
import org.defendersdays.conference.domain.EditionStatus;
import org.defendersdays.conference.domain.programme.Contributor;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's programmes: realistic, big enough for the load benchmark, published, and loaded only once. */
@SpringBootTest
@ActiveProfiles("demo")
class ProgrammeDemoDataTest {

    @Autowired
    BrowsePublishedProgrammeUseCase published;

    @Autowired
    ConferenceDemoData editions;

    @Autowired
    ProgrammeDemoData programmes;

    @Test
    void bothProgrammesArePublishedWithWhatTheAgendaMustShowAndARestartAddsNothing() throws Exception {
        PublishedProgramme past = published.publishedProgramme(2018).orElseThrow();
        PublishedProgramme upcoming = published.publishedProgramme(2028).orElseThrow();

        assertThat(past.sessions()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(past.edition().status()).isEqualTo(EditionStatus.ARCHIVED);
        assertThat(upcoming.edition().status()).isEqualTo(EditionStatus.PROGRAMME_PUBLISHED);
        assertThat(upcoming.sessions()).isNotEmpty();
        List<ProgrammeSession> sessions = past.sessions();
        assertThat(sessions).anyMatch(session -> session.details().chathamHouseRule());
        assertThat(sessions).anyMatch(session -> session.details().continues().isPresent());
        assertThat(sessions).anyMatch(session -> !session.details().interpretation().isEmpty());
        assertThat(sessions.stream().flatMap(session -> session.details().contributors().stream()))
                .anyMatch(Contributor::nameWithheld);
        assertThat(past.speakers().values()).anyMatch(speaker -> speaker.publicProfile().isEmpty())
                .anyMatch(speaker -> speaker.publicProfile().flatMap(profile -> profile.bio()).isPresent())
                .anyMatch(speaker -> speaker.publicProfile().isPresent()
                        && speaker.publicProfile().get().bio().isEmpty());
        assertThat(past.topicNames()).containsValue("Legal support for defenders");

        editions.run(new DefaultApplicationArguments());
        programmes.run(new DefaultApplicationArguments());
        assertThat(published.publishedProgramme(2018).orElseThrow().sessions()).hasSameSizeAs(sessions);
        assertThat(published.publishedProgramme(2028).orElseThrow().sessions()).hasSameSizeAs(upcoming.sessions());
        assertThat(published.publishedProgramme(2028).orElseThrow().speakers().keySet())
                .containsAnyElementsOf(past.speakers().keySet());
    }
}
