package org.defendersdays.conference.adapter.out.persistence;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.FeedbackAnswers;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.crypto.SensitiveData.Context;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Anonymous feedback in PostgreSQL ({@code conference} schema). The receipt and the answer are two
 * statements on two tables sharing nothing but the survey: the answer gets a fresh random id and a
 * date, the receipt neither. The free text is sealed, bound to the answer's id.
 */
@Component
class JdbcFeedbackAnswers implements FeedbackAnswers {

    static final String WHAT_WORKED = "conference.feedback.whatWorked";
    static final String COULD_BE_BETTER = "conference.feedback.couldBeBetter";

    /** One statement: of two answers sent at once, the second waits for the first, then inserts nothing. */
    private static final String RECEIPT = """
            INSERT INTO conference.feedback_receipt (survey_id, person_id, edition_id)
            VALUES (:survey, :person, :edition)
            ON CONFLICT (survey_id, person_id) DO NOTHING
            """;

    private static final String ANSWER = """
            INSERT INTO conference.feedback_answer
                (id, edition_id, survey_id, rating, what_worked_sealed, could_be_better_sealed, answered_on)
            VALUES (:id, :edition, :survey, :rating, :whatWorked, :couldBeBetter, :on)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final SensitiveData sensitive;

    JdbcFeedbackAnswers(NamedParameterJdbcTemplate jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    @Override
    public boolean recordOnce(EditionId edition, UUID survey, PersonId person, FeedbackAnswer answer, LocalDate on) {
        int receipts = jdbc.update(RECEIPT, new MapSqlParameterSource().addValue("survey", survey)
                .addValue("person", person.value()).addValue("edition", edition.value()));
        if (receipts == 0) {
            return false;
        }
        UUID id = UUID.randomUUID();
        jdbc.update(ANSWER, new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("edition", edition.value())
                .addValue("survey", survey)
                .addValue("rating", answer.rating())
                .addValue("whatWorked", seal(answer.whatWorked(), WHAT_WORKED, id), Types.BINARY)
                .addValue("couldBeBetter", seal(answer.couldBeBetter(), COULD_BE_BETTER, id), Types.BINARY)
                .addValue("on", on));
        return true;
    }

    @Override
    public Set<UUID> answeredBy(EditionId edition, PersonId person) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT survey_id FROM conference.feedback_receipt WHERE edition_id = :edition AND person_id = :person",
                new MapSqlParameterSource().addValue("edition", edition.value()).addValue("person", person.value()),
                UUID.class));
    }

    @Override
    public Map<UUID, List<FeedbackAnswer>> answersTo(EditionId edition) {
        Map<UUID, List<FeedbackAnswer>> answers = new HashMap<>();
        jdbc.query("""
                SELECT id, survey_id, rating, what_worked_sealed, could_be_better_sealed
                  FROM conference.feedback_answer WHERE edition_id = :edition
                """, new MapSqlParameterSource("edition", edition.value()), row -> {
            UUID id = row.getObject("id", UUID.class);
            FeedbackAnswer answer = new FeedbackAnswer(row.getInt("rating"),
                    open(row.getBytes("what_worked_sealed"), WHAT_WORKED, id),
                    open(row.getBytes("could_be_better_sealed"), COULD_BE_BETTER, id));
            answers.computeIfAbsent(row.getObject("survey_id", UUID.class), survey -> new ArrayList<>()).add(answer);
        });
        return answers;
    }

    private byte[] seal(Optional<String> text, String purpose, UUID id) {
        return text.map(value -> sensitive.seal(value, new Context(purpose, id.toString()))).orElse(null);
    }

    private Optional<String> open(byte[] sealed, String purpose, UUID id) {
        return Optional.ofNullable(sealed).map(value -> sensitive.open(value, new Context(purpose, id.toString())));
    }
}
