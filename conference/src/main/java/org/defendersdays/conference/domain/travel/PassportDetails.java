package org.defendersdays.conference.domain.travel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A participant's passport details, as a visa letter states them. Sensitive as a whole: stored only
 * sealed, shown back only to the person and, on an audited read, to conference admins; the passport
 * number is shown back masked ({@link #maskedNumber()}).
 *
 * <p>Text is stripped and composed (NFC); the passport number is upper-cased without spaces. The
 * rules that need a date to judge by (birth in the past, passport valid until the conference is
 * over) are checked by {@link #problems(LocalDate, Optional)}, all at once, so a form can show every
 * reason at the same time.
 */
public record PassportDetails(String nameInPassport, String nationality, LocalDate dateOfBirth,
        String passportNumber, LocalDate issuedOn, LocalDate expiresOn, String issuingCountry,
        Optional<String> embassy) implements ValueObject {

    public static final int MAX_NAME = 120;
    public static final int MAX_COUNTRY = 60;
    public static final int MAX_EMBASSY = 200;
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{5,20}");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final String SEPARATOR = "\u001f";

    public PassportDetails {
        nameInPassport = clean(nameInPassport);
        nationality = clean(nationality);
        passportNumber = clean(passportNumber).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        issuingCountry = clean(issuingCountry);
        embassy = Objects.requireNonNull(embassy, "embassy").map(PassportDetails::clean).filter(e -> !e.isEmpty());
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
    }

    /**
     * Every rule these details break, judged on {@code today} and against the last day of the
     * conference (if the edition has dates), field by field in form order. Empty if they are fine.
     */
    public List<TravelRuleViolation> problems(LocalDate today, Optional<LocalDate> conferenceEnds) {
        Map<String, String> found = new LinkedHashMap<>();
        text(found, "nameInPassport", nameInPassport, MAX_NAME, true);
        text(found, "nationality", nationality, MAX_COUNTRY, true);
        if (!dateOfBirth.isBefore(today)) {
            found.put("dateOfBirth", "travel.error.dateOfBirth.future");
        } else if (dateOfBirth.isBefore(EARLIEST_BIRTH)) {
            found.put("dateOfBirth", "travel.error.dateOfBirth.tooEarly");
        }
        if (!NUMBER.matcher(passportNumber).matches()) {
            found.put("passportNumber", passportNumber.isEmpty() ? "travel.error.required"
                    : "travel.error.passportNumber.format");
        }
        if (issuedOn.isAfter(today)) {
            found.put("issuedOn", "travel.error.issuedOn.future");
        } else if (!issuedOn.isAfter(dateOfBirth)) {
            found.put("issuedOn", "travel.error.issuedOn.beforeBirth");
        }
        if (!expiresOn.isAfter(issuedOn)) {
            found.put("expiresOn", "travel.error.expiresOn.beforeIssue");
        } else if (conferenceEnds.filter(expiresOn::isBefore).isPresent()) {
            found.put("expiresOn", "travel.error.expiresOn.beforeConferenceEnds");
        } else if (expiresOn.isBefore(today)) {
            found.put("expiresOn", "travel.error.expiresOn.expired");
        }
        text(found, "issuingCountry", issuingCountry, MAX_COUNTRY, true);
        text(found, "embassy", embassy.orElse(""), MAX_EMBASSY, false);
        List<TravelRuleViolation> violations = new ArrayList<>();
        found.forEach((field, key) -> violations.add(new TravelRuleViolation(field, key)));
        return violations;
    }

    /** The passport number as pages show it once stored: only its last three characters. */
    public String maskedNumber() {
        return mask(passportNumber);
    }

    public static String mask(String number) {
        int keep = Math.min(3, number.length());
        return "\u2022\u2022\u2022" + number.substring(number.length() - keep);
    }

    /** The same details with another passport number (a correction that keeps the stored number passes it here). */
    public PassportDetails withPassportNumber(String number) {
        return new PassportDetails(nameInPassport, nationality, dateOfBirth, number, issuedOn, expiresOn,
                issuingCountry, embassy);
    }

    /** One line of text to seal; {@link #unsealed(String)} reads it back. */
    public String sealable() {
        return String.join(SEPARATOR, "v1", nameInPassport, nationality, dateOfBirth.toString(), passportNumber,
                issuedOn.toString(), expiresOn.toString(), issuingCountry, embassy.orElse(""));
    }

    public static PassportDetails unsealed(String text) {
        String[] parts = text.split(SEPARATOR, -1);
        if (parts.length != 9 || !parts[0].equals("v1")) {
            throw new IllegalArgumentException("not sealed passport details");
        }
        return new PassportDetails(parts[1], parts[2], LocalDate.parse(parts[3]), parts[4], LocalDate.parse(parts[5]),
                LocalDate.parse(parts[6]), parts[7], Optional.of(parts[8]));
    }

    private static void text(Map<String, String> found, String field, String value, int max, boolean required) {
        if (value.isEmpty()) {
            if (required) {
                found.put(field, "travel.error.required");
            }
        } else if (value.length() > max) {
            found.put(field, "travel.error.tooLong");
        } else if (!LetterScript.canShow(value)) {
            found.put(field, "travel.error.script");
        }
    }

    private static String clean(String text) {
        return text == null ? "" : LetterScript.composed(text.strip().replaceAll("\\s+", " "));
    }

    @Override
    public String toString() {
        return "PassportDetails[sealed]";
    }
}
