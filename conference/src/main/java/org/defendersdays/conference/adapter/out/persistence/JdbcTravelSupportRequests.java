package org.defendersdays.conference.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.conference.application.port.out.TravelSupportRequests;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Travel support requests in {@code conference.travel_support_request}. The sealed contact column
 * is read only by {@link #sealedContact}; changes are conditional single statements.
 */
@Component
class JdbcTravelSupportRequests implements TravelSupportRequests {

    private static final String COLUMNS = """
            SELECT id, edition_id, person_id, status, requested_amount, currency, for_travel, for_accommodation,
                   for_visa_fees, approved_amount, refusal_reason, requested_at, decided_at,
                   erased_at IS NOT NULL AS erased
              FROM conference.travel_support_request""";

    private final JdbcClient jdbc;

    JdbcTravelSupportRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TravelSupportRequest> findFor(EditionId edition, PersonId person) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? AND person_id = ?")
                .params(edition.value(), person.value()).query(JdbcTravelSupportRequests::request).optional();
    }

    @Override
    public Optional<TravelSupportRequest> findById(EditionId edition, TravelSupportRequestId id) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? AND id = ?")
                .params(edition.value(), id.value()).query(JdbcTravelSupportRequests::request).optional();
    }

    @Override
    public List<TravelSupportRequest> findByEdition(EditionId edition) {
        return jdbc.sql(COLUMNS + " WHERE edition_id = ? ORDER BY requested_at, id")
                .params(edition.value()).query(JdbcTravelSupportRequests::request).list();
    }

    @Override
    public Optional<byte[]> sealedContact(TravelSupportRequestId id) {
        return jdbc.sql("SELECT contact_sealed FROM conference.travel_support_request WHERE id = ? AND contact_sealed IS NOT NULL")
                .params(id.value()).query((rs, row) -> rs.getBytes(1)).optional();
    }

    @Override
    public boolean insert(TravelSupportRequest request, byte[] sealedContact) {
        Set<SupportPurpose> purposes = request.purposes();
        return jdbc.sql("""
                INSERT INTO conference.travel_support_request (id, edition_id, person_id, status, requested_amount,
                       currency, for_travel, for_accommodation, for_visa_fees, contact_sealed, requested_at, version)
                VALUES (?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?, ?, 0)
                ON CONFLICT (edition_id, person_id) DO NOTHING""")
                .params(request.id().value(), request.edition().value(), request.person().value(),
                        request.requested().amount(), request.requested().currency().name(),
                        purposes.contains(SupportPurpose.TRAVEL), purposes.contains(SupportPurpose.ACCOMMODATION),
                        purposes.contains(SupportPurpose.VISA_FEES), sealedContact,
                        Timestamp.from(request.requestedAt()))
                .update() == 1;
    }

    @Override
    public boolean change(TravelSupportRequestId id, SupportAmount amount, Set<SupportPurpose> purposes,
            byte[] sealedContact, Instant at) {
        return jdbc.sql("""
                UPDATE conference.travel_support_request
                   SET requested_amount = ?, currency = ?, for_travel = ?, for_accommodation = ?, for_visa_fees = ?,
                       contact_sealed = ?, status = 'REQUESTED', approved_amount = NULL, refusal_reason = NULL,
                       requested_at = ?, decided_at = NULL, decided_by = NULL, version = version + 1
                 WHERE id = ? AND status <> 'APPROVED' AND contact_sealed IS NOT NULL""")
                .params(amount.amount(), amount.currency().name(), purposes.contains(SupportPurpose.TRAVEL),
                        purposes.contains(SupportPurpose.ACCOMMODATION), purposes.contains(SupportPurpose.VISA_FEES),
                        sealedContact, Timestamp.from(at), id.value())
                .update() == 1;
    }

    @Override
    public boolean approve(TravelSupportRequestId id, SupportAmount amount, PersonId admin, Instant at) {
        return jdbc.sql("""
                UPDATE conference.travel_support_request
                   SET status = 'APPROVED', approved_amount = ?, decided_at = ?, decided_by = ?, version = version + 1
                 WHERE id = ? AND status = 'REQUESTED' AND currency = ? AND requested_amount >= ?""")
                .params(amount.amount(), Timestamp.from(at), admin.value(), id.value(), amount.currency().name(),
                        amount.amount())
                .update() == 1;
    }

    @Override
    public boolean refuse(TravelSupportRequestId id, RefusalReason reason, PersonId admin, Instant at) {
        return jdbc.sql("""
                UPDATE conference.travel_support_request
                   SET status = 'REFUSED', refusal_reason = ?, decided_at = ?, decided_by = ?, version = version + 1
                 WHERE id = ? AND status = 'REQUESTED'""")
                .params(reason.name(), Timestamp.from(at), admin.value(), id.value()).update() == 1;
    }

    @Override
    public int eraseContactsOfEditionsEndedBefore(LocalDate endedBefore, Instant at) {
        return jdbc.sql("""
                UPDATE conference.travel_support_request r
                   SET contact_sealed = NULL, erased_at = ?, version = r.version + 1
                  FROM conference.edition e
                 WHERE e.id = r.edition_id AND e.end_date < ? AND r.contact_sealed IS NOT NULL""")
                .params(Timestamp.from(at), endedBefore).update();
    }

    private static TravelSupportRequest request(ResultSet rs, int row) throws SQLException {
        SupportCurrency currency = SupportCurrency.valueOf(rs.getString("currency"));
        Set<SupportPurpose> purposes = EnumSet.noneOf(SupportPurpose.class);
        if (rs.getBoolean("for_travel")) {
            purposes.add(SupportPurpose.TRAVEL);
        }
        if (rs.getBoolean("for_accommodation")) {
            purposes.add(SupportPurpose.ACCOMMODATION);
        }
        if (rs.getBoolean("for_visa_fees")) {
            purposes.add(SupportPurpose.VISA_FEES);
        }
        return new TravelSupportRequest(new TravelSupportRequestId(rs.getObject("id", UUID.class)),
                new EditionId(rs.getObject("edition_id", UUID.class)),
                new PersonId(rs.getObject("person_id", UUID.class)),
                new SupportAmount(rs.getBigDecimal("requested_amount"), currency), purposes,
                RequestStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getBigDecimal("approved_amount")).map(amount -> new SupportAmount(amount, currency)),
                Optional.ofNullable(rs.getString("refusal_reason")).map(RefusalReason::valueOf),
                JdbcVisaLetterRequests.instant(rs, "requested_at").orElseThrow(),
                JdbcVisaLetterRequests.instant(rs, "decided_at"), rs.getBoolean("erased"));
    }
}
