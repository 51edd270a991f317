package org.defendersdays.conference.domain.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class PassportDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2050, 1, 10);
    private static final Optional<LocalDate> CONFERENCE_ENDS = Optional.of(LocalDate.of(2050, 5, 7));

    private static PassportDetails details(String name, LocalDate born, String number, LocalDate issued,
            LocalDate expires) {
        return new PassportDetails(name, "Kenyan", born, number, issued, expires, "Kenya", Optional.empty());
    }

    private static Map<String, String> problems(PassportDetails details) {
        return details.problems(TODAY, CONFERENCE_ENDS).stream()
                .collect(Collectors.toMap(TravelRuleViolation::field, TravelRuleViolation::messageKey));
    }

    @Test
    void validDetailsAreCleanedAndBreakNoRule() {
        PassportDetails details = new PassportDetails("  Zoe\u0308   Nu\u0301n\u0303ez ", " Kenyan", LocalDate.of(1988, 2, 29),
                "ak 123 4567", LocalDate.of(2045, 3, 1), LocalDate.of(2055, 2, 28), "Kenya", Optional.of(" "));

        assertThat(details.nameInPassport()).isEqualTo("Zoë Núñez");
        assertThat(details.passportNumber()).isEqualTo("AK1234567");
        assertThat(details.embassy()).isEmpty();
        assertThat(details.problems(TODAY, CONFERENCE_ENDS)).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceNextToItsField() {
        PassportDetails details = new PassportDetails("", "Кенийский", LocalDate.of(2050, 2, 1), "A1",
                LocalDate.of(2050, 3, 1), LocalDate.of(2050, 2, 1), "", Optional.of("x".repeat(201)));

        assertThat(problems(details)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "nameInPassport", "travel.error.required",
                "nationality", "travel.error.script",
                "dateOfBirth", "travel.error.dateOfBirth.future",
                "passportNumber", "travel.error.passportNumber.format",
                "issuedOn", "travel.error.issuedOn.future",
                "expiresOn", "travel.error.expiresOn.beforeIssue",
                "issuingCountry", "travel.error.required",
                "embassy", "travel.error.tooLong"));
    }

    @Test
    void aPassportMustLastUntilTheConferenceIsOver() {
        PassportDetails expiresDuring = details("Amina Diallo", LocalDate.of(1990, 1, 1), "X12345",
                LocalDate.of(2040, 5, 5), LocalDate.of(2050, 5, 6));
        PassportDetails expiresOnLastDay = details("Amina Diallo", LocalDate.of(1990, 1, 1), "X12345",
                LocalDate.of(2040, 5, 5), LocalDate.of(2050, 5, 7));

        assertThat(problems(expiresDuring)).containsEntry("expiresOn", "travel.error.expiresOn.beforeConferenceEnds");
        assertThat(problems(expiresOnLastDay)).isEmpty();
        assertThat(problems(details("Amina Diallo", LocalDate.of(1990, 1, 1), "X12345", LocalDate.of(1989, 1, 1),
                LocalDate.of(2060, 1, 1)))).containsEntry("issuedOn", "travel.error.issuedOn.beforeBirth");
    }

    @Test
    void theLetterShowsLatinScriptOnly() {
        assertThat(LetterScript.canShow("Zoë Núñez-Ødegård O'Brien")).isTrue();
        assertThat(LetterScript.canShow("Łukasz Żółć, Şule Çelik")).isTrue();
        assertThat(LetterScript.canShow("Анна")).isFalse();
        assertThat(LetterScript.canShow("أمينة")).isFalse();
        assertThat(LetterScript.canShow("Amina\nDiallo")).isFalse();
    }

    @Test
    void sealableTextReadsBackWholeAndThePassportNumberIsMasked() {
        PassportDetails details = new PassportDetails("Zoë Núñez", "Kenyan", LocalDate.of(1988, 2, 29), "AK1234567",
                LocalDate.of(2045, 3, 1), LocalDate.of(2055, 2, 28), "Kenya", Optional.of("Sweden in Nairobi"));

        assertThat(PassportDetails.unsealed(details.sealable())).isEqualTo(details);
        assertThat(details.maskedNumber()).isEqualTo("\u2022\u2022\u2022567").doesNotContain("AK1234");
        assertThat(details.toString()).doesNotContain("AK1234567", "Zoë");
    }

    @Test
    void travelSupportAmountsAndGrants() {
        SupportAmount asked = new SupportAmount(new BigDecimal("850.5"), SupportCurrency.EUR);
        assertThat(asked.formatted()).isEqualTo("EUR 850.50");
        assertThatThrownBy(() -> new SupportAmount(BigDecimal.ZERO, SupportCurrency.EUR))
                .hasMessage("travel.error.amount.positive");
        assertThatThrownBy(() -> new SupportAmount(new BigDecimal("1.234"), SupportCurrency.EUR))
                .hasMessage("travel.error.amount.decimals");
        assertThatThrownBy(() -> new SupportAmount(new BigDecimal("100000.01"), SupportCurrency.SEK))
                .hasMessage("travel.error.amount.tooLarge");

        TravelSupportRequest request = new TravelSupportRequest(TravelSupportRequestId.generate(),
                EditionId.generate(), PersonId.generate(), asked, Set.of(SupportPurpose.TRAVEL), RequestStatus.REQUESTED,
                Optional.empty(), Optional.empty(), Instant.now(), Optional.empty(), false);
        assertThat(request.grantable(new SupportAmount(new BigDecimal("600"), SupportCurrency.EUR)).amount())
                .isEqualByComparingTo("600");
        assertThatThrownBy(() -> request.grantable(new SupportAmount(new BigDecimal("851"), SupportCurrency.EUR)))
                .hasMessage("travel.error.approvedAmount.moreThanRequested");
        assertThatThrownBy(() -> request.grantable(new SupportAmount(new BigDecimal("600"), SupportCurrency.USD)))
                .hasMessage("travel.error.approvedAmount.currency");
    }

    @Test
    void travelContactIsCheckedAndNeverPrinted() {
        TravelContact contact = new TravelContact(" +254 700 000000 ", "Wanjiru  Kamau, +254 711 111111");
        assertThat(contact.emergencyContact()).isEqualTo("Wanjiru Kamau, +254 711 111111");
        assertThat(TravelContact.unsealed(contact.sealable())).isEqualTo(contact);
        assertThat(contact.toString()).doesNotContain("254");
        assertThatThrownBy(() -> new TravelContact("call me", "x")).hasMessage("travel.error.phone.format");
        assertThatThrownBy(() -> new TravelContact("+46701234567", " ")).hasMessage("travel.error.required");
    }

    @Test
    void theLetterSaysWhatIsCovered() {
        TravelSupportRequest approved = new TravelSupportRequest(TravelSupportRequestId.generate(),
                EditionId.generate(), PersonId.generate(), new SupportAmount(new BigDecimal("900"), SupportCurrency.EUR),
                Set.of(SupportPurpose.TRAVEL, SupportPurpose.ACCOMMODATION), RequestStatus.APPROVED,
                Optional.of(new SupportAmount(new BigDecimal("700"), SupportCurrency.EUR)), Optional.empty(),
                Instant.now(), Optional.of(Instant.now()), false);

        VisaLetter.Coverage covered = VisaLetter.Coverage.of(Optional.of(approved), true);
        assertThat(covered.ownTravel()).isFalse();
        assertThat(covered.upTo()).map(SupportAmount::formatted).contains("EUR 700.00");
        assertThat(VisaLetter.Coverage.of(Optional.empty(), false).ownTravel()).isTrue();
        assertThat(List.of(VisaLetter.referenceOf(2050, new VisaLetterRequestId(
                java.util.UUID.fromString("0a1b2c3d-0000-0000-0000-000000000000"))))).containsExactly("DD-2050-0A1B2C3D");
    }
}
