package org.defendersdays.audit.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.InvalidAuditFilter;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter form as typed (GET parameters), every field optional. Dates are whole days in UTC, the
 * log's time zone; {@code to} includes its day. {@code older} is the paging cursor.
 */
record AuditFilterForm(String action, String actor, String targetType, String targetId, String outcome, String from,
        String to, String older) {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The filter and page asked for, or, by form field, the message keys of what could not be read. */
    record Reading(AuditFilter filter, OptionalLong olderThan, Map<String, String> errors) {

        boolean isValid() {
            return errors.isEmpty();
        }
    }

    /** Reads the form. A field that does not parse is an error to show next to it, never a failed request. */
    Reading read() {
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<PersonId> actorId = parse("actor", actor, AuditFilterForm::personId, errors);
        Optional<Outcome> wantedOutcome = parse("outcome", outcome, Outcome::valueOf, errors);
        Optional<Instant> start = parse("from", from, text -> startOf(day(text)), errors);
        Optional<Instant> end = parse("to", to, text -> startOf(day(text).plusDays(1)), errors);
        Optional<Long> cursor = parse("older", older, AuditFilterForm::positive, errors);
        if (!errors.isEmpty()) {
            return new Reading(AuditFilter.EVERYTHING, OptionalLong.empty(), errors);
        }
        try {
            AuditFilter filter = new AuditFilter(present(action), actorId, present(targetType), present(targetId),
                    wantedOutcome, start, end);
            return new Reading(filter, cursor.map(OptionalLong::of).orElseGet(OptionalLong::empty), errors);
        } catch (InvalidAuditFilter invalid) {
            errors.put("until".equals(invalid.field()) ? "to" : invalid.field(), invalid.messageKey());
            return new Reading(AuditFilter.EVERYTHING, OptionalLong.empty(), errors);
        }
    }

    /** The values to show back in the form, by field name. */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("action", action);
        values.put("actor", actor);
        values.put("targetType", targetType);
        values.put("targetId", targetId);
        values.put("outcome", outcome);
        values.put("from", from);
        values.put("to", to);
        return values;
    }

    /** The address of the next, older page under the same filter. */
    String linkOlderThan(long sequence) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/admin/audit");
        values().forEach((name, value) -> present(value).ifPresent(text -> link.queryParam(name, text)));
        return link.queryParam("older", sequence).encode().build().toUriString();
    }

    boolean isPaged() {
        return present(older).isPresent();
    }

    private static <T> Optional<T> parse(String field, String text, Function<String, T> parser,
            Map<String, String> errors) {
        try {
            return present(text).map(parser);
        } catch (RuntimeException unreadable) {
            errors.put(field, "audit.filter.invalid." + field);
            return Optional.empty();
        }
    }

    private static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    private static PersonId personId(String text) {
        if (!UUID_TEXT.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID");
        }
        return new PersonId(UUID.fromString(text));
    }

    /** A day in the years PostgreSQL and people can both make sense of; Java alone would take year 999999. */
    private static LocalDate day(String text) {
        LocalDate day = LocalDate.parse(text);
        if (day.getYear() < 1 || day.getYear() > 9999) {
            throw new IllegalArgumentException("year out of range");
        }
        return day;
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static long positive(String text) {
        long value = Long.parseLong(text);
        if (value < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1");
        }
        return value;
    }
}
