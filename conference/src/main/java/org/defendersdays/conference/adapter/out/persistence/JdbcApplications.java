package org.defendersdays.conference.adapter.out.persistence;

import static org.defendersdays.conference.adapter.out.persistence.JdbcCalls.at;
import static org.defendersdays.conference.adapter.out.persistence.JdbcCalls.instant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationContent;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.conference.domain.application.Gender;
import org.defendersdays.conference.domain.application.PhotoPreference;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

/**
 * Applications in PostgreSQL ({@code conference.application} and its answers). The risk situation and
 * the accessibility needs are sealed with {@link SensitiveData} before they are written (associated
 * data: purpose and application id, so a sealed value copied to another row does not open) and
 * opened when read; the database only ever holds their ciphertext.
 */
@Component
class JdbcApplications implements Applications {

    static final String RISK_PURPOSE = "conference.application.riskSituation";
    static final String ACCESSIBILITY_PURPOSE = "conference.application.accessibilityNeeds";

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    JdbcApplications(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    @Override
    public Application save(Application application) {
        UUID id = application.id().value();
        if (application.version() == null) {
            try {
                fill(jdbc.sql("""
                        INSERT INTO conference.application (id, call_id, edition_id, applicant, status, focus_areas,
                               country, region, languages, hopes_to_learn, hopes_to_share, gender, attended_before,
                               risk_situation_sealed, needs_visa_letter, needs_travel_support, needs_accommodation,
                               accessibility_sealed, interpretation_into, consent_data_use, photo_preference,
                               listed_to_participants, consents_recorded_at, message_language, created_at,
                               submitted_at, withdrawn_at, version)
                        VALUES (:id, :call, :edition, :applicant, :status, :focus, :country, :region, :languages,
                               :learn, :share, :gender, :attended, :risk, :visa, :travel, :accommodation,
                               :accessibility, :interpretation, :consent, :photo, :listed, :consentsAt, :language,
                               :created, :submitted, :withdrawn, 0)"""), application)
                        .param("call", application.call().value())
                        .param("edition", application.edition().value())
                        .param("applicant", application.applicant().value())
                        .param("created", at(application.createdAt()))
                        .update();
            } catch (DuplicateKeyException secondApplication) {
                throw new OptimisticLockingFailureException("an application of this person to this call exists");
            }
        } else {
            int updated = fill(jdbc.sql("""
                    UPDATE conference.application
                       SET status = :status, focus_areas = :focus, country = :country, region = :region,
                           languages = :languages, hopes_to_learn = :learn, hopes_to_share = :share,
                           gender = :gender, attended_before = :attended, risk_situation_sealed = :risk,
                           needs_visa_letter = :visa, needs_travel_support = :travel,
                           needs_accommodation = :accommodation, accessibility_sealed = :accessibility,
                           interpretation_into = :interpretation, consent_data_use = :consent,
                           photo_preference = :photo, listed_to_participants = :listed,
                           consents_recorded_at = :consentsAt, message_language = :language,
                           submitted_at = :submitted, withdrawn_at = :withdrawn, version = version + 1
                     WHERE id = :id AND version = :version"""), application)
                    .param("version", application.version())
                    .update();
            if (updated != 1) {
                throw new OptimisticLockingFailureException("application " + id + " was changed meanwhile");
            }
            jdbc.sql("DELETE FROM conference.application_answer WHERE application_id = :id").param("id", id).update();
        }
        application.content().answers().forEach((question, answer) -> jdbc.sql("""
                INSERT INTO conference.application_answer (application_id, question_id, answer)
                VALUES (:id, :question, :answer)""")
                .param("id", id).param("question", question).param("answer", answer).update());
        return findById(application.id()).orElseThrow();
    }

    private StatementSpec fill(StatementSpec statement, Application application) {
        ApplicationContent content = application.content();
        String id = application.id().toString();
        return statement.param("id", application.id().value())
                .param("status", application.status().name())
                .param("focus", content.focusAreas().stream().map(Topic::slug).toArray(String[]::new))
                .param("country", content.country().orElse(null))
                .param("region", content.region().map(Enum::name).orElse(null))
                .param("languages", content.languages().toArray(String[]::new))
                .param("learn", content.hopesToLearn().orElse(null))
                .param("share", content.hopesToShare().orElse(null))
                .param("gender", content.gender().map(Enum::name).orElse(null))
                .param("attended", content.attendedBefore().orElse(null))
                .param("risk", content.riskSituation()
                        .map(text -> sensitive.seal(text, new SensitiveData.Context(RISK_PURPOSE, id))).orElse(null))
                .param("visa", content.needsVisaLetter())
                .param("travel", content.needsTravelSupport())
                .param("accommodation", content.needsAccommodation())
                .param("accessibility", content.accessibilityNeeds()
                        .map(text -> sensitive.seal(text, new SensitiveData.Context(ACCESSIBILITY_PURPOSE, id)))
                        .orElse(null))
                .param("interpretation", content.interpretationInto().orElse(null))
                .param("consent", content.consentDataUse())
                .param("photo", content.photoPreference().map(Enum::name).orElse(null))
                .param("listed", content.listedToParticipants())
                .param("consentsAt", at(application.consentsRecordedAt().orElse(null)))
                .param("language", content.messageLanguage())
                .param("submitted", at(application.submittedAt().orElse(null)))
                .param("withdrawn", at(application.withdrawnAt().orElse(null)));
    }

    @Override
    public Optional<Application> findByApplicant(CallId call, PersonId applicant) {
        return jdbc.sql("SELECT * FROM conference.application WHERE call_id = :call AND applicant = :applicant")
                .param("call", call.value()).param("applicant", applicant.value()).query(this::application)
                .optional();
    }

    @Override
    public Optional<Application> findById(ApplicationId id) {
        return jdbc.sql("SELECT * FROM conference.application WHERE id = :id").param("id", id.value())
                .query(this::application).optional();
    }

    @Override
    public Map<ApplicationStatus, Long> countByStatus(CallId call) {
        Map<ApplicationStatus, Long> counts = new java.util.EnumMap<>(ApplicationStatus.class);
        jdbc.sql("SELECT status, count(*) AS n FROM conference.application WHERE call_id = :call GROUP BY status")
                .param("call", call.value())
                .query(row -> {
                    counts.put(ApplicationStatus.valueOf(row.getString("status")), row.getLong("n"));
                });
        return counts;
    }

    private Application application(ResultSet row, int number) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Map<UUID, String> answers = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT a.question_id, a.answer FROM conference.application_answer a
                  JOIN conference.call_question q ON q.id = a.question_id
                 WHERE a.application_id = :id ORDER BY q.position""")
                .param("id", id)
                .query(answer -> {
                    answers.put(answer.getObject("question_id", UUID.class), answer.getString("answer"));
                });
        String recordId = id.toString();
        Boolean attended = row.getObject("attended_before", Boolean.class);
        ApplicationContent content = new ApplicationContent(
                strings(row.getArray("focus_areas")).stream().map(Topic::new).toList(),
                Optional.ofNullable(row.getString("country")),
                Optional.ofNullable(row.getString("region")).map(RegionOfWork::valueOf),
                strings(row.getArray("languages")),
                Optional.ofNullable(row.getString("hopes_to_learn")),
                Optional.ofNullable(row.getString("hopes_to_share")),
                Optional.ofNullable(row.getString("gender")).map(Gender::valueOf),
                Optional.ofNullable(attended),
                open(row.getBytes("risk_situation_sealed"), RISK_PURPOSE, recordId),
                row.getBoolean("needs_visa_letter"), row.getBoolean("needs_travel_support"),
                row.getBoolean("needs_accommodation"),
                open(row.getBytes("accessibility_sealed"), ACCESSIBILITY_PURPOSE, recordId),
                Optional.ofNullable(row.getString("interpretation_into")),
                row.getBoolean("consent_data_use"),
                Optional.ofNullable(row.getString("photo_preference")).map(PhotoPreference::valueOf),
                row.getBoolean("listed_to_participants"),
                row.getString("message_language"),
                answers);
        return Application.rehydrate(new ApplicationId(id), new CallId(row.getObject("call_id", UUID.class)),
                new EditionId(row.getObject("edition_id", UUID.class)),
                new PersonId(row.getObject("applicant", UUID.class)), ApplicationStatus.valueOf(row.getString("status")),
                content, instant(row, "created_at"), Optional.ofNullable(instant(row, "submitted_at")),
                Optional.ofNullable(instant(row, "withdrawn_at")),
                Optional.ofNullable(instant(row, "consents_recorded_at")), row.getLong("version"));
    }

    private Optional<String> open(byte[] sealed, String purpose, String recordId) {
        return Optional.ofNullable(sealed).map(bytes -> sensitive.open(bytes, new SensitiveData.Context(purpose,
                recordId)));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
