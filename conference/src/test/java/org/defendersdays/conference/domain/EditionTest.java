package org.defendersdays.conference.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EditionTest {

    static EditionFacts facts(Optional<EditionDates> dates) {
        return new EditionFacts(dates, " Stockholm ", Optional.of("  "), Optional.empty(), Optional.of(200),
                Optional.empty(), List.of(Topic.DIGITAL_SECURITY, Topic.DIGITAL_SECURITY));
    }

    @Test
    void aNewEditionIsADraftAndNotPublic() {
        Edition edition = Edition.draft(EditionId.generate(), 2018, facts(Optional.empty()));

        assertThat(edition.status()).isEqualTo(EditionStatus.DRAFT);
        assertThat(edition.isPublic()).isFalse();
        assertThat(edition.version()).isNull();
    }

    @Test
    void factsAreTidiedUp() {
        EditionFacts facts = facts(Optional.empty());

        assertThat(facts.city()).isEqualTo("Stockholm");
        assertThat(facts.venue()).isEmpty();
        assertThat(facts.topics()).containsExactly(Topic.DIGITAL_SECURITY);
    }

    @Test
    void announcingMakesItPublicOnce() {
        Edition edition = Edition.draft(EditionId.generate(), 2018, facts(Optional.empty()));

        assertThat(edition.announce()).isTrue();
        assertThat(edition.announce()).isFalse();
        assertThat(edition.isPublic()).isTrue();
    }

    @Test
    void onlyHeldEditionsAreArchivedAndArchivedOnesStayArchived() {
        Edition edition = Edition.draft(EditionId.generate(), 2018, facts(Optional.empty()));
        assertThatThrownBy(edition::archive).hasMessage("edition.status.draftCannotBeArchived");

        edition.announce();
        edition.archive();

        assertThat(edition.status()).isEqualTo(EditionStatus.ARCHIVED);
        assertThat(edition.isPublic()).isTrue();
        assertThatThrownBy(edition::announce).hasMessage("edition.status.archivedCannotBeAnnounced");
    }

    @Test
    void datesMustFallInTheEditionsYear() {
        EditionDates april2018 = new EditionDates(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 4, 12));

        assertThatThrownBy(() -> Edition.draft(EditionId.generate(), 2020, facts(Optional.of(april2018))))
                .isInstanceOf(EditionRuleViolation.class).hasMessage("edition.dates.notInYear");
        Edition edition = Edition.draft(EditionId.generate(), 2018, facts(Optional.empty()));
        edition.correct(facts(Optional.of(april2018)));
        assertThat(edition.facts().dates()).contains(april2018);
    }

    @Test
    void rejectsImpossibleFacts() {
        assertThatThrownBy(() -> new EditionDates(LocalDate.of(2018, 4, 12), LocalDate.of(2018, 4, 9)))
                .hasMessage("edition.dates.endBeforeStart");
        assertThatThrownBy(() -> Edition.draft(EditionId.generate(), 2012, facts(Optional.empty())))
                .hasMessage("edition.year.outOfRange");
        assertThatThrownBy(() -> new EditionFacts(Optional.empty(), " ", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of())).hasMessage("edition.city.required");
        assertThatThrownBy(() -> new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(),
                Optional.of("x".repeat(301)), Optional.empty(), Optional.empty(), List.of()))
                .hasMessage("edition.theme.tooLong");
        assertThatThrownBy(() -> new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(), Optional.empty(),
                Optional.of(-1), Optional.empty(), List.of())).hasMessage("edition.count.negative");
        assertThatThrownBy(() -> new Topic("Digital Security")).hasMessage("edition.topic.invalid");
    }

    @Test
    void anAnnouncedEditionWithDatesPublishesItsProgrammeOnceAndKeepsItsAgendaWhenArchived() {
        Optional<EditionDates> dates = Optional.of(new EditionDates(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 4, 12)));
        Edition edition = Edition.draft(EditionId.generate(), 2018, facts(dates));
        assertThatThrownBy(edition::publishProgramme).hasMessage("edition.status.programmeNeedsAnnouncedEdition");
        edition.announce();

        assertThat(edition.status().showsAgenda()).isFalse();
        assertThat(edition.publishProgramme()).isTrue();
        assertThat(edition.publishProgramme()).isFalse();
        assertThat(edition.announce()).isFalse();
        assertThat(edition.status()).isEqualTo(EditionStatus.PROGRAMME_PUBLISHED);
        assertThat(edition.isPublic()).isTrue();
        assertThat(edition.status().isUpcoming()).isTrue();
        assertThatThrownBy(() -> edition.correct(facts(Optional.empty()))).hasMessage("edition.programme.datesRequired");

        edition.archive();
        assertThat(edition.status().showsAgenda()).isTrue();
        assertThatThrownBy(edition::publishProgramme).hasMessage("edition.status.programmeNeedsAnnouncedEdition");
    }

    @Test
    void aProgrammeNeedsTheEditionsDays() {
        Edition edition = Edition.draft(EditionId.generate(), 2030, facts(Optional.empty()));
        edition.announce();
        assertThatThrownBy(edition::publishProgramme).hasMessage("edition.programme.datesRequired");
        assertThat(edition.status()).isEqualTo(EditionStatus.ANNOUNCED);
    }

    @Test
    void languagesOfferedAreKeptInOrderOnce() {
        EditionFacts facts = new EditionFacts(Optional.empty(), "Stockholm", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of(org.defendersdays.conference.domain.programme
                        .LanguageCode.of("en"), org.defendersdays.conference.domain.programme.LanguageCode.of("ar"),
                        org.defendersdays.conference.domain.programme.LanguageCode.of("en")));
        assertThat(facts.languages()).extracting(language -> language.value()).containsExactly("en", "ar");
        assertThat(facts(Optional.empty()).languages()).isEmpty();
    }
}
