package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.VisaLetterRequests;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Visa letter requests in {@code conference.visa_letter_request}. The sealed column is read only by
 * {@link #sealedPassport}; lists never select it. Every change is one conditional UPDATE or an
 * INSERT ... ON CONFLICT DO NOTHING, so concurrent writers are settled by PostgreSQL.
 */
@Component
class JdbcVisaLetterRequests implements VisaLetterRequests {

    private static final String COLUMNS = """
            SELECT id, edition_id, person_id, status, refusal_reason, requested_at, decided_at,
                   erased_at IS NOT NULL AS erased
              FROM conference.visa_letter_request""";

    private final JdbcClient jdbc;

    JdbcVisaLetterRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VisaLetterRequest> findFor(EditionId edition, PersonId person) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? AND person_id = ?")
                .params(edition.value(), person.value()).query(JdbcVisaLetterRequests::request).optional();
    }

    @Override
    public Optional<VisaLetterRequest> findById(EditionId edition, VisaLetterRequestId id) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? AND id = ?")
                .params(edition.value(), id.value()).query(JdbcVisaLetterRequests::request).optional();
    }

    @Override
    public List<VisaLetterRequest> findByEdition(EditionId edition) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? ORDER BY requested_at, id")
                .params(edition.value()).query(JdbcVisaLetterRequests::request).list();
    }

    @Override
    public Optional<byte[]> sealedPassport(VisaLetterRequestId id) {
        return jdbc.sql("SELECT passport_sealed FROM conference.visa_letter_request WHERE id = ? AND passport_sealed IS NOT NULL")
                .params(id.value()).query((rs, row) -> rs.getBytes(1)).optional();
    }

    @Override
    public boolean insert(VisaLetterRequest request, byte[] sealedPassport) {
        return jdbc.sql("""
                INSERT INTO conference.visa_letter_request (id, edition_id, person_id, status, passport_sealed,
                       requested_at, version)
                VALUES (?, ?, ?, 'REQUESTED', ?, ?, 0)
                ON CONFLICT (edition_id, person_id) DO NOTHING""")
                .params(request.id().value(), request.edition().value(), request.person().value(), sealedPassport,
                        Timestamp.from(request.requestedAt()))
                .update() == 1;
    }

    @Override
    public boolean correct(VisaLetterRequestId id, byte[] sealedPassport, Instant at) {
        return jdbc.sql("""
                UPDATE conference.visa_letter_request
                   SET passport_sealed = ?, status = 'REQUESTED', refusal_reason = NULL, requested_at = ?,
                       decided_at = NULL, decided_by = NULL, version = version + 1
                 WHERE id = ? AND status <> 'APPROVED' AND passport_sealed IS NOT NULL""")
                .params(sealedPassport, Timestamp.from(at), id.value()).update() == 1;
    }

    @Override
    public boolean approve(VisaLetterRequestId id, PersonId admin, Instant at) {
        return decide(id, RequestStatus.APPROVED, null, admin, at);
    }

    @Override
    public boolean refuse(VisaLetterRequestId id, RefusalReason reason, PersonId admin, Instant at) {
        return decide(id, RequestStatus.REFUSED, reason.name(), admin, at);
    }

    private boolean decide(VisaLetterRequestId id, RequestStatus status, String reason, PersonId admin, Instant at) {
        return jdbc.sql("""
                UPDATE conference.visa_letter_request
                   SET status = ?, refusal_reason = ?, decided_at = ?, decided_by = ?, version = version + 1
                 WHERE id = ? AND status = 'REQUESTED' AND passport_sealed IS NOT NULL""")
                .params(status.name(), reason, Timestamp.from(at), admin.value(), id.value()).update() == 1;
    }

    @Override
    public int erasePassportsOfEditionsEndedBefore(LocalDate endedBefore, Instant at) {
        return jdbc.sql("""
                UPDATE conference.visa_letter_request r
                   SET passport_sealed = NULL, erased_at = ?, version = r.version + 1
                  FROM conference.edition e
                 WHERE e.id = r.edition_id AND e.end_date < ? AND r.passport_sealed IS NOT NULL""")
                .params(Timestamp.from(at), endedBefore).update();
    }

    private static VisaLetterRequest request(ResultSet rs, int row) throws SQLException {
        return new VisaLetterRequest(new VisaLetterRequestId(rs.getObject("id", UUID.class)),
                new EditionId(rs.getObject("edition_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)), RequestStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("refusal_reason")).map(RefusalReason::valueOf),
                instant(rs, "requested_at").orElseThrow(), instant(rs, "decided_at"), rs.getBoolean("erased"));
    }

    static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
