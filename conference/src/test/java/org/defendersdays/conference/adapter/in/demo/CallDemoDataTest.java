package org.defendersdays.conference.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.application.port.in.SeeCallPhaseUseCase;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallPhase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo's call for applications: open now for the upcoming edition, complete enough to try, added once. */
@SpringBootTest
@ActiveProfiles("demo")
class CallDemoDataTest {

    @Autowired
    AdministerCallsUseCase calls;

    @Autowired
    SeeCallPhaseUseCase phases;

    @Autowired
    CallDemoData demo;

    @Test
    void theUpcomingEditionHasAnOpenCallWithQuestionsQuotasAndCriteriaAndARestartAddsNothing() throws Exception {
        CallForApplications call = calls.editionCall(CallDemoData.YEAR).call().orElseThrow();
        assertThat(phases.callPhase(CallDemoData.YEAR)).contains(CallPhase.OPEN);
        assertThat(call.questions()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(call.quotas()).isNotEmpty();
        assertThat(call.criteria()).isNotEmpty();

        demo.run(null);
        assertThat(calls.editionCall(CallDemoData.YEAR).call().orElseThrow().version()).isEqualTo(call.version());
    }
}
