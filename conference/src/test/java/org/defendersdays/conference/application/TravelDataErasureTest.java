package org.defendersdays.conference.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import org.defendersdays.conference.ConferenceTestApplication;
import org.defendersdays.conference.TravelFixtures;
import org.defendersdays.conference.application.port.in.AdministerVisaLettersUseCase;
import org.defendersdays.conference.application.port.in.EraseTravelDataUseCase;
import org.defendersdays.conference.application.port.in.LetterNotAvailable;
import org.defendersdays.conference.application.port.in.RequestTravelSupportCommand;
import org.defendersdays.conference.application.port.in.RequestTravelSupportUseCase;
import org.defendersdays.conference.application.port.in.RequestVisaLetterUseCase;
import org.defendersdays.conference.application.port.in.SubmitPassportDetailsCommand;
import org.defendersdays.conference.application.port.in.TravelDataErased;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelContact;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Passport details and travel contacts are erased after the conference: the sealed bytes are gone
 * from the database, the letter can no longer be made, and an edition still to come keeps its data.
 */
@SpringBootTest(properties = TravelFixtures.MESSAGES)
class TravelDataErasureTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestVisaLetterUseCase visaLetters;

    @Autowired
    AdministerVisaLettersUseCase administration;

    @Autowired
    RequestTravelSupportUseCase support;

    @Autowired
    EraseTravelDataUseCase erasure;

    @Test
    void afterTheConferenceAndItsGracePeriodTheSealedDataIsGoneAndTheLetterCannotBeMade() throws Exception {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId over = fixtures.edition(2058, LocalDate.of(2058, 5, 4), LocalDate.of(2058, 5, 7));
        EditionId coming = fixtures.edition(2059, LocalDate.of(2059, 5, 4), LocalDate.of(2059, 5, 7));
        PersonId amina = fixtures.confirm(over, PersonId.generate(), "en");
        PersonId later = fixtures.confirm(coming, PersonId.generate(), "en");
        visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(2058, amina, TravelFixtures.passport(2058)));
        visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(2059, later, TravelFixtures.passport(2059)));
        support.requestTravelSupport(new RequestTravelSupportCommand(2058, amina,
                new SupportAmount(new BigDecimal("500"), SupportCurrency.EUR), Set.of(SupportPurpose.TRAVEL),
                new TravelContact("+254700000000", "Wanjiru Kamau")));
        VisaLetterRequest request = visaLetters.visaLetter(2058, amina).request().orElseThrow();
        PersonId admin = ConferenceTestApplication.ORGANISER.id();
        administration.approve(2058, request.id(), admin);
        assertThat(visaLetters.letter(2058, amina).pdf()).isNotEmpty();
        assertThat(sealedPassports(over)).hasSize(1);

        erasure.eraseAfterConferences(LocalDate.of(2058, 5, 14));
        assertThat(sealedPassports(over)).as("within the grace period").hasSize(1);

        var pool = Executors.newFixedThreadPool(3);
        List<CompletableFuture<TravelDataErased>> runs = List.of(1, 2, 3).stream().map(run -> CompletableFuture
                .supplyAsync(() -> erasure.eraseAfterConferences(LocalDate.of(2058, 5, 15)), pool)).toList();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        pool.shutdown();
        int erasedPassports = runs.stream().mapToInt(run -> run.join().passports()).sum();
        int erasedContacts = runs.stream().mapToInt(run -> run.join().travelContacts()).sum();

        assertThat(erasedPassports).isGreaterThanOrEqualTo(1);
        assertThat(erasedContacts).isGreaterThanOrEqualTo(1);
        assertThat(sealedPassports(over)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.visa_letter_request WHERE edition_id = ? "
                + "AND passport_sealed IS NULL AND erased_at IS NOT NULL", Integer.class, over.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM conference.travel_support_request WHERE edition_id = ? "
                + "AND contact_sealed IS NOT NULL", Integer.class, over.value())).isZero();
        assertThat(sealedPassports(coming)).hasSize(1);

        assertThatThrownBy(() -> visaLetters.letter(2058, amina)).isInstanceOf(LetterNotAvailable.class)
                .hasMessage("travel.letter.erased");
        assertThatThrownBy(() -> administration.letter(2058, request.id(), admin))
                .isInstanceOf(LetterNotAvailable.class).hasMessage("travel.letter.erased");
        assertThat(visaLetters.visaLetter(2058, amina).details()).isEmpty();
        assertThat(visaLetters.visaLetter(2058, amina).request().orElseThrow().erased()).isTrue();
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.action().equals(
                "conference.travelData.erased")).extracting(AuditEntry::targetId).contains(Optional.of("2058-05-08"));
        assertThat(ConferenceTestApplication.AUDITED).filteredOn(entry -> entry.action().equals(
                "conference.travelData.erased")).allMatch(entry -> entry.actor().isEmpty()
                        && entry.detail().orElseThrow().matches("passports:\\d+\\.contacts:\\d+"));
    }

    private List<String> sealedPassports(EditionId edition) {
        return jdbc.queryForList("SELECT encode(passport_sealed, 'hex') FROM conference.visa_letter_request "
                + "WHERE edition_id = ? AND passport_sealed IS NOT NULL", String.class, edition.value());
    }

    @Test
    void sealedColumnsHoldNoPlaintextAndDoNotOpenForAnotherRow() {
        TravelFixtures fixtures = new TravelFixtures(jdbc);
        EditionId edition = fixtures.edition(2057);
        PersonId first = fixtures.confirm(edition, PersonId.generate(), "en");
        PersonId second = fixtures.confirm(edition, PersonId.generate(), "en");
        visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(2057, first, TravelFixtures.passport(2057)));
        visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(2057, second, TravelFixtures.passport(2057)
                .withPassportNumber("ZZ9999999")));

        List<byte[]> sealed = jdbc.queryForList("SELECT passport_sealed FROM conference.visa_letter_request "
                + "WHERE edition_id = ?", byte[].class, edition.value());
        assertThat(sealed).hasSize(2).allSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .doesNotContain("AK1234567", "ZZ9999999", "Kenyan", "Nairobi"));

        jdbc.update("""
                UPDATE conference.visa_letter_request SET passport_sealed =
                       (SELECT passport_sealed FROM conference.visa_letter_request WHERE person_id = ?)
                 WHERE person_id = ?""", first.value(), second.value());
        assertThatThrownBy(() -> visaLetters.visaLetter(2057, second)).isInstanceOf(IllegalStateException.class);
        assertThat(visaLetters.visaLetter(2057, first).details().orElseThrow().passportNumber()).isEqualTo("AK1234567");
    }
}
