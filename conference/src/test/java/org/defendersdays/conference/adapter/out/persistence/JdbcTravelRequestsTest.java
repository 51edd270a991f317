package org.defendersdays.conference.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.defendersdays.conference.TravelFixtures;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The visa letter and travel support stores against the real PostgreSQL: read-back and conditional changes. */
@SpringBootTest(properties = TravelFixtures.MESSAGES)
class JdbcTravelRequestsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    JdbcVisaLetterRequests visaLetters;

    @Autowired
    JdbcTravelSupportRequests support;

    @Autowired
    JdbcTemplate jdbc;

    private EditionId edition() {
        return new TravelFixtures(jdbc).editionOnce(2056);
    }

    private static VisaLetterRequest visaRequest(EditionId edition, PersonId person) {
        return new VisaLetterRequest(VisaLetterRequestId.generate(), edition, person, RequestStatus.REQUESTED,
                Optional.empty(), NOW, Optional.empty(), false);
    }

    @Test
    void aVisaLetterRequestIsReadBackAndChangesOnlyWhileItsStateAllows() {
        EditionId edition = edition();
        PersonId person = PersonId.generate();
        VisaLetterRequest request = visaRequest(edition, person);

        assertThat(visaLetters.insert(request, new byte[] {1, 2, 3})).isTrue();
        assertThat(visaLetters.insert(visaRequest(edition, person), new byte[] {9})).isFalse();

        assertThat(visaLetters.findFor(edition, person)).contains(request);
        assertThat(visaLetters.findById(edition, request.id())).contains(request);
        assertThat(visaLetters.findById(EditionId.generate(), request.id())).isEmpty();
        assertThat(visaLetters.sealedPassport(request.id())).hasValueSatisfying(bytes ->
                assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(visaLetters.findByEdition(edition)).contains(request);

        PersonId admin = PersonId.generate();
        assertThat(visaLetters.refuse(request.id(), RefusalReason.DETAILS_INCOMPLETE, admin, NOW)).isTrue();
        assertThat(visaLetters.findFor(edition, person).orElseThrow().refusal())
                .contains(RefusalReason.DETAILS_INCOMPLETE);
        assertThat(visaLetters.approve(request.id(), admin, NOW)).as("a refused request is not approved").isFalse();
        assertThat(visaLetters.correct(request.id(), new byte[] {4}, NOW)).isTrue();
        VisaLetterRequest corrected = visaLetters.findFor(edition, person).orElseThrow();
        assertThat(corrected.status()).isEqualTo(RequestStatus.REQUESTED);
        assertThat(corrected.refusal()).isEmpty();
        assertThat(visaLetters.approve(request.id(), admin, NOW)).isTrue();
        assertThat(visaLetters.approve(request.id(), admin, NOW)).as("approved once").isFalse();
        assertThat(visaLetters.correct(request.id(), new byte[] {5}, NOW)).as("approved details stay").isFalse();
        assertThat(visaLetters.sealedPassport(request.id())).hasValueSatisfying(bytes ->
                assertThat(bytes).containsExactly(4));
        assertThat(visaLetters.findFor(edition, person).orElseThrow().letterAvailable()).isTrue();
    }

    @Test
    void ofManySimultaneousFirstRequestsByOnePersonExactlyOneIsStored() throws Exception {
        EditionId edition = edition();
        PersonId person = PersonId.generate();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> inserts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            inserts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return visaLetters.insert(visaRequest(edition, person), new byte[] {7});
            }, pool));
        }
        start.countDown();
        long stored = inserts.stream().filter(CompletableFuture::join).count();
        pool.shutdown();

        assertThat(stored).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.visa_letter_request WHERE person_id = ?",
                Integer.class, person.value())).isEqualTo(1);
    }

    @Test
    void aTravelSupportRequestIsReadBackAndGrantedAtMostOnceAndAtMostTheRequestedAmount() {
        EditionId edition = edition();
        PersonId person = PersonId.generate();
        TravelSupportRequest request = new TravelSupportRequest(TravelSupportRequestId.generate(), edition, person,
                new SupportAmount(new BigDecimal("1200.5"), SupportCurrency.SEK),
                Set.of(SupportPurpose.TRAVEL, SupportPurpose.VISA_FEES), RequestStatus.REQUESTED, Optional.empty(),
                Optional.empty(), NOW, Optional.empty(), false);

        assertThat(support.insert(request, new byte[] {1})).isTrue();
        assertThat(support.findFor(edition, person)).contains(request);
        assertThat(support.findByEdition(edition)).contains(request);

        PersonId admin = PersonId.generate();
        assertThat(support.approve(request.id(), new SupportAmount(new BigDecimal("1300"), SupportCurrency.SEK), admin,
                NOW)).as("more than requested").isFalse();
        assertThat(support.approve(request.id(), new SupportAmount(new BigDecimal("1000"), SupportCurrency.EUR), admin,
                NOW)).as("another currency").isFalse();
        assertThat(support.approve(request.id(), new SupportAmount(new BigDecimal("1000"), SupportCurrency.SEK), admin,
                NOW)).isTrue();
        assertThat(support.refuse(request.id(), RefusalReason.NO_BUDGET, admin, NOW)).isFalse();
        TravelSupportRequest approved = support.findFor(edition, person).orElseThrow();
        assertThat(approved.status()).isEqualTo(RequestStatus.APPROVED);
        assertThat(approved.approved()).map(SupportAmount::formatted).contains("SEK 1000.00");
        assertThat(approved.decidedAt()).isPresent();
        assertThat(support.change(request.id(), request.requested(), request.purposes(), new byte[] {2}, NOW))
                .isFalse();
    }
}
