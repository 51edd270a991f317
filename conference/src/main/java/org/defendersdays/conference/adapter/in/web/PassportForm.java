package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.defendersdays.conference.domain.travel.PassportDetails;

/**
 * The passport details form as typed. Dates come as {@code YYYY-MM-DD} (a date input); reading
 * checks they are dates and the texts are not oversized, the domain checks the rest.
 */
record PassportForm(String nameInPassport, String nationality, String dateOfBirth, String passportNumber,
        String issuedOn, String expiresOn, String issuingCountry, String embassy) {

    static final String[] FIELDS = {"nameInPassport", "nationality", "dateOfBirth", "passportNumber", "issuedOn",
        "expiresOn", "issuingCountry", "embassy"};
    private static final int MAX_TYPED = 400;

    static PassportForm blank() {
        return new PassportForm("", "", "", "", "", "", "", "");
    }

    /** The stored details, for a correction: the passport number stays empty (it is never shown back). */
    static PassportForm of(PassportDetails details) {
        return new PassportForm(details.nameInPassport(), details.nationality(), details.dateOfBirth().toString(),
                "", details.issuedOn().toString(), details.expiresOn().toString(), details.issuingCountry(),
                details.embassy().orElse(""));
    }

    /** The details, or the reasons (message keys by field) they cannot be read. */
    record Reading(Optional<PassportDetails> details, Map<String, String> errors) {
    }

    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] texts = {nameInPassport, nationality, passportNumber, issuingCountry, embassy};
        String[] names = {"nameInPassport", "nationality", "passportNumber", "issuingCountry", "embassy"};
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null && texts[i].length() > MAX_TYPED) {
                errors.put(names[i], "travel.error.tooLong");
            }
        }
        LocalDate born = date("dateOfBirth", dateOfBirth, errors);
        LocalDate issued = date("issuedOn", issuedOn, errors);
        LocalDate expires = date("expiresOn", expiresOn, errors);
        if (!errors.isEmpty()) {
            return new Reading(Optional.empty(), errors);
        }
        return new Reading(Optional.of(new PassportDetails(nameInPassport, nationality, born, passportNumber, issued,
                expires, issuingCountry, Optional.ofNullable(embassy))), errors);
    }

    private static LocalDate date(String field, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            errors.put(field, "travel.error.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "travel.error.date");
            return null;
        }
    }

    /** What was typed, without the passport number once the form goes back with a stored request. */
    String value(String field) {
        return switch (field) {
            case "nameInPassport" -> nameInPassport;
            case "nationality" -> nationality;
            case "dateOfBirth" -> dateOfBirth;
            case "passportNumber" -> passportNumber;
            case "issuedOn" -> issuedOn;
            case "expiresOn" -> expiresOn;
            case "issuingCountry" -> issuingCountry;
            case "embassy" -> embassy;
            default -> throw new IllegalArgumentException(field);
        };
    }
}
