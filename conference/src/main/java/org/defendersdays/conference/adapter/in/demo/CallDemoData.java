package org.defendersdays.conference.adapter.in.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.in.CallDraft;
import org.defendersdays.conference.application.port.in.OpenCallCommand;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's call for applications to the upcoming edition (2028): open from the day before the
 * first start until 90 days later, with a few questions, targets and quotas per region, and review
 * criteria, so the whole applying flow can be tried. Added once; a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(30)
class CallDemoData implements ApplicationRunner {

    static final int YEAR = 2028;
    private static final Logger log = LoggerFactory.getLogger(CallDemoData.class);
    private static final PersonId DEMO_ORGANISER = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000d3d0"));

    private final AdministerCallsUseCase calls;
    private final Clock clock = Clock.systemUTC();

    CallDemoData(AdministerCallsUseCase calls) {
        this.calls = calls;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            if (calls.editionCall(YEAR).call().isPresent()) {
                return;
            }
            Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
            calls.open(DEMO_ORGANISER, new OpenCallCommand(YEAR, new CallDraft(
                    new CallTerms(today.minus(1, ChronoUnit.DAYS), today.plus(90, ChronoUnit.DAYS), 200, 14, true,
                            Optional.of("Defenders' Days brings about 200 human rights defenders to Stockholm. "
                                    + "Tell us about your work and what you hope to learn and share. Your risk "
                                    + "situation and accessibility needs are encrypted and read only by the "
                                    + "conference team.")),
                    List.of(CallQuestion.ask("What is the main threat you and your community face today?", true),
                            CallQuestion.ask("How will you share what you learn at the conference back home?",
                                    true),
                            CallQuestion.ask("Is there anything else you would like us to know?", false)),
                    List.of(new RegionQuota(RegionOfWork.AFRICA, QuotaKind.TARGET, 40),
                            new RegionQuota(RegionOfWork.AMERICAS, QuotaKind.TARGET, 35),
                            new RegionQuota(RegionOfWork.ASIA_PACIFIC, QuotaKind.TARGET, 40),
                            new RegionQuota(RegionOfWork.MIDDLE_EAST_NORTH_AFRICA, QuotaKind.TARGET, 30),
                            new RegionQuota(RegionOfWork.EUROPE_CENTRAL_ASIA, QuotaKind.QUOTA, 50)),
                    List.of(ReviewCriterion.define("Need for protection and support", Optional.of(
                                    "How much would the conference strengthen the applicant's safety and work?"), 5, 3),
                            ReviewCriterion.define("Reach of the work", Optional.of(
                                    "How many people and communities benefit from the applicant's work?"), 5, 2),
                            ReviewCriterion.define("Sharing back home", Optional.of(
                                    "How clearly will what is learnt be passed on?"), 5, 1)))));
            log.info("Demo data: call for applications {} opened", YEAR);
        } catch (CallAlreadyOpen | UnknownEdition nothingToDo) {
            // another start was first, or the demo has no such edition
        }
    }
}
