package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.defendersdays.conference.SelectionData;
import org.defendersdays.conference.SelectionData.Call;
import org.defendersdays.conference.application.port.in.DecideCommand;
import org.defendersdays.conference.application.port.in.ExpirePlacesUseCase;
import org.defendersdays.conference.application.port.in.SelectApplicantsUseCase;
import org.defendersdays.conference.domain.selection.Outcome;
import org.defendersdays.conference.domain.selection.SelectionRuleViolation;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Places and quotas hold under concurrency: the call's row lock serializes accepts, and the
 * housekeeping of several instances, in PostgreSQL.
 */
@SpringBootTest
class JdbcSelectionDecisionsTest {

    @Autowired
    SelectApplicantsUseCase selection;

    @Autowired
    ExpirePlacesUseCase places;

    @Autowired
    JdbcSelectionDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aBurstOfParallelAcceptsNeverOfferMorePlacesThanTheCallHasNorMoreThanAQuota() throws Exception {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2060, 5);
        data.quota(call, "AFRICA", "QUOTA", 2);
        List<UUID> applications = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            applications.add(data.submitted(call, UUID.randomUUID(), i % 2 == 0 ? "AFRICA" : "AMERICAS", "en"));
        }
        PersonId admin = PersonId.generate();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Future<?>> calls = new ArrayList<>();
        for (UUID application : applications) {
            calls.add(pool.submit(() -> {
                start.await();
                try {
                    selection.decide(new DecideCommand(admin, application, Outcome.ACCEPTED, 0));
                    outcomes.merge("accepted", 1, Integer::sum);
                } catch (SelectionRuleViolation refused) {
                    outcomes.merge(refused.messageKey(), 1, Integer::sum);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> call1 : calls) {
            call1.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(outcomes.get("accepted")).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.selection_decision d JOIN "
                + "conference.application a ON a.id = d.application_id WHERE a.call_id = ? AND d.place = 'OFFERED'",
                Integer.class, call.callId())).isEqualTo(5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.selection_decision d JOIN "
                + "conference.application a ON a.id = d.application_id WHERE a.call_id = ? AND a.region = 'AFRICA'",
                Integer.class, call.callId())).isLessThanOrEqualTo(2);
        assertThat(outcomes.getOrDefault("selection.decision.error.full", 0)
                + outcomes.getOrDefault("selection.decision.error.quota", 0)).isEqualTo(35);
        assertThat(decisions.capacity(decisions.call(call.callId()).orElseThrow()).taken()).isEqualTo(5);
    }

    @Test
    void housekeepingRunBySeveralInstancesAtOnceExpiresAnOfferAndPromotesOnce() throws Exception {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2068, 1);
        PersonId admin = PersonId.generate();
        UUID offered = data.submitted(call, UUID.randomUUID(), "AFRICA", "en");
        UUID first = data.submitted(call, UUID.randomUUID(), "AFRICA", "en");
        UUID second = data.submitted(call, UUID.randomUUID(), "AFRICA", "en");
        selection.decide(new DecideCommand(admin, offered, Outcome.ACCEPTED, 0));
        selection.decide(new DecideCommand(admin, first, Outcome.WAITLISTED, 0));
        selection.decide(new DecideCommand(admin, second, Outcome.WAITLISTED, 0));
        jdbc.update("UPDATE conference.selection_decision SET confirm_by = now() - interval '1 minute' "
                + "WHERE application_id = ?", offered);

        assertThat(places.callsNeedingHousekeeping()).contains(call.callId());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                return places.housekeep(call.callId());
            }));
        }
        start.countDown();
        int promoted = 0;
        for (Future<Integer> run : runs) {
            promoted += run.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(promoted).isEqualTo(1);
        assertThat(data.place(offered)).isEqualTo("EXPIRED");
        assertThat(data.place(first)).isEqualTo("OFFERED");
        assertThat(data.rank(second)).isEqualTo(1);
        assertThat(places.callsNeedingHousekeeping()).doesNotContain(call.callId());
    }

    @Test
    void aDecisionIsStoredOnceAndUpdatedOnlyAtTheVersionItWasReadAt() {
        SelectionData data = new SelectionData(jdbc);
        Call call = data.call(2067, 3);
        UUID application = data.submitted(call, UUID.randomUUID(), "ASIA_PACIFIC", "en");
        PersonId admin = PersonId.generate();
        var decision = org.defendersdays.conference.domain.selection.Decision.waitlist(application, 1, admin,
                java.time.Instant.now(), 0);

        assertThat(decisions.store(decision, call.editionId())).isTrue();
        assertThat(decisions.store(decision, call.editionId())).as("a second insert").isFalse();
        var stored = decisions.decision(application).orElseThrow();
        assertThat(stored.waitlistRank()).hasValue(1);
        assertThat(stored.version()).isEqualTo(1);
        var declined = org.defendersdays.conference.domain.selection.Decision.decline(application, admin,
                java.time.Instant.now(), stored.version());
        assertThat(decisions.store(declined, call.editionId())).isTrue();
        assertThat(decisions.store(declined, call.editionId())).as("stale").isFalse();
        assertThat(decisions.decision(application).orElseThrow().outcome()).isEqualTo(Outcome.DECLINED);
        assertThat(decisions.waitlist(call.editionId()).ranked()).isEmpty();
    }
}
