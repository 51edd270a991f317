package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.CallTerms;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.conference.domain.application.RegionQuota;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Calls for applications in PostgreSQL ({@code conference.call_for_applications} with its questions,
 * quotas and criteria). Questions and criteria are updated in place by id, never deleted and
 * re-inserted, as answers and review scores hang on them (and would go with them).
 */
@Component
class JdbcCalls implements Calls {

    private final JdbcClient jdbc;

    JdbcCalls(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CallForApplications save(CallForApplications call) {
        CallTerms terms = call.terms();
        UUID id = call.id().value();
        if (call.version() == null) {
            try {
                jdbc.sql("""
                        INSERT INTO conference.call_for_applications (id, edition_id, opens_at, closes_at, places,
                               confirmation_days, asks_gender, introduction, version)
                        VALUES (:id, :edition, :opens, :closes, :places, :days, :gender, :intro, 0)""")
                        .param("id", id).param("edition", call.edition().value())
                        .param("opens", at(terms.opensAt())).param("closes", at(terms.closesAt()))
                        .param("places", terms.places()).param("days", terms.confirmationDays())
                        .param("gender", terms.asksGender()).param("intro", terms.introduction().orElse(null))
                        .update();
            } catch (DuplicateKeyException secondCall) {
                throw new CallAlreadyOpen();
            }
        } else {
            int updated = jdbc.sql("""
                    UPDATE conference.call_for_applications
                       SET opens_at = :opens, closes_at = :closes, places = :places, confirmation_days = :days,
                           asks_gender = :gender, introduction = :intro, version = version + 1
                     WHERE id = :id AND version = :version""")
                    .param("id", id).param("version", call.version())
                    .param("opens", at(terms.opensAt())).param("closes", at(terms.closesAt()))
                    .param("places", terms.places()).param("days", terms.confirmationDays())
                    .param("gender", terms.asksGender()).param("intro", terms.introduction().orElse(null))
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("call " + id + " was changed meanwhile");
            }
        }
        saveQuestions(id, call.questions());
        saveCriteria(id, call.criteria());
        jdbc.sql("DELETE FROM conference.call_quota WHERE call_id = :id").param("id", id).update();
        for (RegionQuota quota : call.quotas()) {
            jdbc.sql("INSERT INTO conference.call_quota (call_id, region, kind, places) VALUES (:id, :region, :kind, :places)")
                    .param("id", id).param("region", quota.region().name()).param("kind", quota.kind().name())
                    .param("places", quota.places()).update();
        }
        return findById(call.id()).orElseThrow();
    }

    private void saveQuestions(UUID call, List<CallQuestion> questions) {
        Set<UUID> kept = new HashSet<>(questions.stream().map(CallQuestion::id).toList());
        for (UUID stored : jdbc.sql("SELECT id FROM conference.call_question WHERE call_id = :id").param("id", call)
                .query(UUID.class).list()) {
            if (!kept.contains(stored)) {
                jdbc.sql("DELETE FROM conference.call_question WHERE id = :id").param("id", stored).update();
            }
        }
        // out of the way of the (call, position) key while the questions are put in their new order
        jdbc.sql("UPDATE conference.call_question SET position = -position - 1 WHERE call_id = :id")
                .param("id", call).update();
        int position = 0;
        for (CallQuestion question : questions) {
            jdbc.sql("""
                    INSERT INTO conference.call_question (id, call_id, position, prompt, required)
                    VALUES (:id, :call, :position, :prompt, :required)
                    ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, prompt = EXCLUDED.prompt,
                           required = EXCLUDED.required
                     WHERE call_question.call_id = EXCLUDED.call_id""")
                    .param("id", question.id()).param("call", call).param("position", position++)
                    .param("prompt", question.prompt()).param("required", question.required()).update();
        }
    }

    private void saveCriteria(UUID call, List<ReviewCriterion> criteria) {
        Set<UUID> kept = new HashSet<>(criteria.stream().map(ReviewCriterion::id).toList());
        for (UUID stored : jdbc.sql("SELECT id FROM conference.review_criterion WHERE call_id = :id")
                .param("id", call).query(UUID.class).list()) {
            if (!kept.contains(stored)) {
                jdbc.sql("DELETE FROM conference.review_criterion WHERE id = :id").param("id", stored).update();
            }
        }
        jdbc.sql("UPDATE conference.review_criterion SET position = -position - 1 WHERE call_id = :id")
                .param("id", call).update();
        int position = 0;
        for (ReviewCriterion criterion : criteria) {
            jdbc.sql("""
                    INSERT INTO conference.review_criterion (id, call_id, position, name, guidance, max_score, weight)
                    VALUES (:id, :call, :position, :name, :guidance, :max, :weight)
                    ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position, name = EXCLUDED.name,
                           guidance = EXCLUDED.guidance, max_score = EXCLUDED.max_score, weight = EXCLUDED.weight
                     WHERE review_criterion.call_id = EXCLUDED.call_id""")
                    .param("id", criterion.id()).param("call", call).param("position", position++)
                    .param("name", criterion.name()).param("guidance", criterion.guidance().orElse(null))
                    .param("max", criterion.maxScore()).param("weight", criterion.weight()).update();
        }
    }

    @Override
    public Optional<CallForApplications> findByEdition(EditionId edition) {
        return find("edition_id", edition.value());
    }

    @Override
    public Optional<CallForApplications> findById(CallId id) {
        return find("id", id.value());
    }

    private Optional<CallForApplications> find(String column, UUID value) {
        return jdbc.sql("SELECT * FROM conference.call_for_applications WHERE " + column + " = :value")
                .param("value", value).query(this::call).optional();
    }

    private CallForApplications call(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<CallQuestion> questions = jdbc.sql(
                "SELECT id, prompt, required FROM conference.call_question WHERE call_id = :id ORDER BY position")
                .param("id", id)
                .query((question, n) -> new CallQuestion(question.getObject("id", UUID.class),
                        question.getString("prompt"), question.getBoolean("required")))
                .list();
        List<RegionQuota> quotas = jdbc.sql("SELECT region, kind, places FROM conference.call_quota WHERE call_id = :id")
                .param("id", id)
                .query((quota, n) -> new RegionQuota(RegionOfWork.valueOf(quota.getString("region")),
                        QuotaKind.valueOf(quota.getString("kind")), quota.getInt("places")))
                .list();
        List<ReviewCriterion> criteria = jdbc.sql("""
                SELECT id, name, guidance, max_score, weight FROM conference.review_criterion
                 WHERE call_id = :id ORDER BY position""")
                .param("id", id)
                .query((criterion, n) -> new ReviewCriterion(criterion.getObject("id", UUID.class),
                        criterion.getString("name"), Optional.ofNullable(criterion.getString("guidance")),
                        criterion.getInt("max_score"), criterion.getInt("weight")))
                .list();
        CallTerms terms = new CallTerms(instant(row, "opens_at"), instant(row, "closes_at"), row.getInt("places"),
                row.getInt("confirmation_days"), row.getBoolean("asks_gender"),
                Optional.ofNullable(row.getString("introduction")));
        return CallForApplications.rehydrate(new CallId(id), new EditionId(row.getObject("edition_id", UUID.class)),
                terms, questions, quotas, criteria, row.getLong("version"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
