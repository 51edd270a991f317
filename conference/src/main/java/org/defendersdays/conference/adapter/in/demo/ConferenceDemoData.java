package org.defendersdays.conference.adapter.in.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AnnounceEditionUseCase;
import org.defendersdays.conference.application.port.in.ArchiveEditionUseCase;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionUseCase;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionFacts;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionYearTaken;
import org.defendersdays.conference.domain.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The conference's demo data: the past editions (annual 2013-2016, then every second year; 2018 is
 * the most recent one described in the organisers' own text) and one upcoming edition. Loaded
 * through the real use cases, so announcing raises the real integration events. Runs at every
 * start with the {@code demo} profile and adds only what is missing.
 */
@Component
@Profile("demo")
@Order(10)
class ConferenceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ConferenceDemoData.class);
    private static final String STOCKHOLM = "Stockholm";
    private static final List<Topic> CORE_TOPICS = List.of(Topic.DIGITAL_SECURITY, Topic.PSYCHOSOCIAL_SECURITY,
            Topic.INNOVATION);

    private final PlanEditionUseCase plan;
    private final AnnounceEditionUseCase announce;
    private final ArchiveEditionUseCase archive;

    ConferenceDemoData(PlanEditionUseCase plan, AnnounceEditionUseCase announce, ArchiveEditionUseCase archive) {
        this.plan = plan;
        this.announce = announce;
        this.archive = archive;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (int year : List.of(2013, 2014, 2015, 2016)) {
            held(year, facts(Optional.empty(), Optional.empty(), Optional.empty(), List.of(Topic.DIGITAL_SECURITY)));
        }
        held(2018, facts(Optional.of(new EditionDates(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 4, 12))),
                Optional.empty(), Optional.of(200), CORE_TOPICS));
        upcoming(2028, facts(Optional.empty(),
                Optional.of("Protection in practice: security, well-being and innovation"), Optional.empty(),
                CORE_TOPICS));
    }

    private void held(int year, EditionFacts facts) {
        planned(year, facts).ifPresent(id -> {
            announce.announce(id);
            archive.archive(id);
        });
    }

    private void upcoming(int year, EditionFacts facts) {
        planned(year, facts).ifPresent(announce::announce);
    }

    private Optional<EditionId> planned(int year, EditionFacts facts) {
        try {
            EditionId id = plan.plan(new PlanEditionCommand(year, facts));
            log.info("Demo data: edition {} added", year);
            return Optional.of(id);
        } catch (EditionYearTaken alreadyThere) {
            return Optional.empty();
        }
    }

    private static EditionFacts facts(Optional<EditionDates> dates, Optional<String> theme,
            Optional<Integer> participants, List<Topic> topics) {
        return new EditionFacts(dates, STOCKHOLM, Optional.empty(), theme, participants, Optional.empty(), topics);
    }
}
