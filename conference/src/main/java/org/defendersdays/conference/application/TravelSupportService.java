package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AdministerTravelSupportUseCase;
import org.defendersdays.conference.application.port.in.MyTravelSupport;
import org.defendersdays.conference.application.port.in.OpenedTravelSupportRequest;
import org.defendersdays.conference.application.port.in.RequestTravelSupportCommand;
import org.defendersdays.conference.application.port.in.RequestTravelSupportUseCase;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownTravelRequest;
import org.defendersdays.conference.application.port.out.TravelNotices;
import org.defendersdays.conference.application.port.out.TravelSupportRequests;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.TravelContact;
import org.defendersdays.conference.domain.travel.TravelSupportRequest;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Travel support. Contact details while travelling are sealed under the purpose {@value #PURPOSE}
 * with the request's id; an admin's reading of them is audited ({@code conference.travelContact.read}).
 * Amounts and status are plain, for the lists.
 */
@Transactional
public class TravelSupportService implements RequestTravelSupportUseCase, AdministerTravelSupportUseCase {

    static final String PURPOSE = "conference.travel.contact";
    private static final String TARGET = "travelSupportRequest";

    private final TravelEditions editions;
    private final TravelSupportRequests requests;
    private final TravelNotices notices;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final Clock clock;

    public TravelSupportService(TravelEditions editions, TravelSupportRequests requests, TravelNotices notices,
            SensitiveData sensitive, AuditTrail audit, Clock clock) {
        this.editions = editions;
        this.requests = requests;
        this.notices = notices;
        this.sensitive = sensitive;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MyTravelSupport travelSupport(int year, PersonId person) {
        Edition edition = editions.forParticipant(year, person);
        return new MyTravelSupport(TravelEditions.view(edition), requests.findFor(edition.id(), person));
    }

    @Override
    public void requestTravelSupport(RequestTravelSupportCommand command) {
        Edition edition = editions.forParticipant(command.year(), command.person());
        Instant now = clock.instant();
        Optional<TravelSupportRequest> existing = requests.findFor(edition.id(), command.person());
        if (existing.isEmpty()) {
            TravelSupportRequest request = new TravelSupportRequest(TravelSupportRequestId.generate(), edition.id(),
                    command.person(), command.amount(), command.purposes(), RequestStatus.REQUESTED, Optional.empty(),
                    Optional.empty(), now, Optional.empty(), false);
            if (requests.insert(request, seal(command.contact(), request.id()))) {
                audit.record(AuditEntry.success(command.person(), "conference.travelSupport.requested", TARGET,
                        request.id().toString()));
                return;
            }
            existing = requests.findFor(edition.id(), command.person());
        }
        TravelSupportRequest request = existing.orElseThrow();
        if (!requests.change(request.id(), command.amount(), command.purposes(),
                seal(command.contact(), request.id()), now)) {
            throw new TravelRequestClosed(request.erased() ? "travel.support.closed.erased"
                    : "travel.support.closed.approved");
        }
        audit.record(AuditEntry.success(command.person(), "conference.travelSupport.changed", TARGET,
                request.id().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<TravelSupportRequest> travelSupportRequests(int year) {
        return requests.findByEdition(editions.edition(year).id());
    }

    @Override
    public OpenedTravelSupportRequest openTravelSupport(int year, TravelSupportRequestId id, PersonId admin,
            boolean withContact) {
        Edition edition = editions.edition(year);
        TravelSupportRequest request = find(edition, id);
        Optional<TravelContact> contact = withContact ? requests.sealedContact(id).map(sealed -> {
            audit.record(AuditEntry.success(admin, "conference.travelContact.read", TARGET, id.toString()));
            return TravelContact.unsealed(sensitive.open(sealed, context(id)));
        }) : Optional.empty();
        return new OpenedTravelSupportRequest(TravelEditions.view(edition), request, contact);
    }

    @Override
    public void approveTravelSupport(int year, TravelSupportRequestId id, Optional<SupportAmount> amount,
            PersonId admin) {
        Edition edition = editions.edition(year);
        TravelSupportRequest request = find(edition, id);
        SupportAmount granted = request.grantable(amount.orElse(request.requested()));
        if (!requests.approve(id, granted, admin, clock.instant())) {
            throw new TravelRequestClosed("travel.admin.closed");
        }
        audit.record(AuditEntry.success(admin, "conference.travelSupport.approved", TARGET, id.toString())
                .withDetail(granted.amount().compareTo(request.requested().amount()) == 0 ? "full" : "reduced"));
        notices.travelSupportDecided(request.person(), editions.language(edition, request.person()), year,
                RequestStatus.APPROVED, Optional.of(granted), Optional.empty());
    }

    @Override
    public void refuseTravelSupport(int year, TravelSupportRequestId id, RefusalReason reason, PersonId admin) {
        Edition edition = editions.edition(year);
        TravelSupportRequest request = find(edition, id);
        if (!requests.refuse(id, reason, admin, clock.instant())) {
            throw new TravelRequestClosed("travel.admin.closed");
        }
        audit.record(AuditEntry.success(admin, "conference.travelSupport.refused", TARGET, id.toString())
                .withDetail(reason.name()));
        notices.travelSupportDecided(request.person(), editions.language(edition, request.person()), year,
                RequestStatus.REFUSED, Optional.empty(), Optional.of(reason));
    }

    private TravelSupportRequest find(Edition edition, TravelSupportRequestId id) {
        return requests.findById(edition.id(), id).orElseThrow(UnknownTravelRequest::new);
    }

    private byte[] seal(TravelContact contact, TravelSupportRequestId id) {
        return sensitive.seal(contact.sealable(), context(id));
    }

    private static SensitiveData.Context context(TravelSupportRequestId id) {
        return new SensitiveData.Context(PURPOSE, id.toString());
    }
}
