package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.application.port.in.AdministerVisaLettersUseCase;
import org.defendersdays.conference.application.port.in.LetterNotAvailable;
import org.defendersdays.conference.application.port.in.MyVisaLetter;
import org.defendersdays.conference.application.port.in.OpenedVisaLetterRequest;
import org.defendersdays.conference.application.port.in.RequestVisaLetterUseCase;
import org.defendersdays.conference.application.port.in.SubmitPassportDetailsCommand;
import org.defendersdays.conference.application.port.in.TravelFormRejected;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownTravelRequest;
import org.defendersdays.conference.application.port.in.VisaLetterDocument;
import org.defendersdays.conference.application.port.out.TravelNotices;
import org.defendersdays.conference.application.port.out.TravelSupportRequests;
import org.defendersdays.conference.application.port.out.VisaLetterPrinter;
import org.defendersdays.conference.application.port.out.VisaLetterRequests;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.travel.Letterhead;
import org.defendersdays.conference.domain.travel.PassportDetails;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.TravelRuleViolation;
import org.defendersdays.conference.domain.travel.VisaLetter;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.crypto.SensitiveData;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visa invitation letters. Passport details are sealed under the purpose {@value #PURPOSE} with the
 * request's id, and every opening is audited ({@code conference.passport.read}, with who read them:
 * the participant themself or an admin). Changes are single conditional statements in storage, so a
 * correction racing an approval cannot slip in after it.
 */
@Transactional
public class VisaLetterService implements RequestVisaLetterUseCase, AdministerVisaLettersUseCase {

    static final String PURPOSE = "conference.passport.details";
    private static final String TARGET = "visaLetterRequest";

    private final TravelEditions editions;
    private final VisaLetterRequests requests;
    private final TravelSupportRequests support;
    private final VisaLetterPrinter printer;
    private final TravelNotices notices;
    private final SensitiveData sensitive;
    private final AuditTrail audit;
    private final Letterhead letterhead;
    private final boolean mealsProvided;
    private final Clock clock;

    public VisaLetterService(TravelEditions editions, VisaLetterRequests requests, TravelSupportRequests support,
            VisaLetterPrinter printer, TravelNotices notices, SensitiveData sensitive, AuditTrail audit,
            Letterhead letterhead, boolean mealsProvided, Clock clock) {
        this.editions = editions;
        this.requests = requests;
        this.support = support;
        this.printer = printer;
        this.notices = notices;
        this.sensitive = sensitive;
        this.audit = audit;
        this.letterhead = letterhead;
        this.mealsProvided = mealsProvided;
        this.clock = clock;
    }

    @Override
    public MyVisaLetter visaLetter(int year, PersonId person) {
        Edition edition = editions.forParticipant(year, person);
        Optional<VisaLetterRequest> request = requests.findFor(edition.id(), person);
        Optional<PassportDetails> details = request.flatMap(found -> opened(found, person, "owner"));
        return new MyVisaLetter(TravelEditions.view(edition), request, details);
    }

    @Override
    public void submitPassportDetails(SubmitPassportDetailsCommand command) {
        Edition edition = editions.forParticipant(command.year(), command.person());
        Optional<VisaLetterRequest> existing = requests.findFor(edition.id(), command.person());
        PassportDetails details = command.details();
        if (details.passportNumber().isEmpty() && existing.isPresent()) {
            details = opened(existing.get(), command.person(), "owner")
                    .map(stored -> command.details().withPassportNumber(stored.passportNumber()))
                    .orElse(details);
        }
        List<TravelRuleViolation> problems = new java.util.ArrayList<>(details.problems(LocalDate.now(clock),
                edition.facts().dates().map(EditionDates::end)));
        unprintable(problems, "nameInPassport", details.nameInPassport());
        unprintable(problems, "nationality", details.nationality());
        unprintable(problems, "issuingCountry", details.issuingCountry());
        unprintable(problems, "embassy", details.embassy().orElse(""));
        if (!problems.isEmpty()) {
            throw new TravelFormRejected(problems);
        }
        Instant now = clock.instant();
        if (existing.isEmpty()) {
            VisaLetterRequest request = new VisaLetterRequest(VisaLetterRequestId.generate(), edition.id(),
                    command.person(), RequestStatus.REQUESTED, Optional.empty(), now, Optional.empty(), false);
            if (requests.insert(request, seal(details, request.id()))) {
                audit.record(AuditEntry.success(command.person(), "conference.passport.submitted", TARGET,
                        request.id().toString()));
                return;
            }
            existing = requests.findFor(edition.id(), command.person());
        }
        VisaLetterRequest request = existing.orElseThrow();
        if (!requests.correct(request.id(), seal(details, request.id()), now)) {
            throw new TravelRequestClosed(request.erased() ? "travel.visa.closed.erased" : "travel.visa.closed.approved");
        }
        audit.record(AuditEntry.success(command.person(), "conference.passport.corrected", TARGET,
                request.id().toString()));
    }

    @Override
    public VisaLetterDocument letter(int year, PersonId person) {
        Edition edition = editions.forParticipant(year, person);
        VisaLetterRequest request = requests.findFor(edition.id(), person)
                .orElseThrow(() -> new LetterNotAvailable("travel.letter.notApproved"));
        return print(edition, request, person);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisaLetterRequest> visaLetterRequests(int year) {
        return requests.findByEdition(editions.edition(year).id());
    }

    @Override
    public OpenedVisaLetterRequest open(int year, VisaLetterRequestId id, PersonId admin) {
        Edition edition = editions.edition(year);
        VisaLetterRequest request = find(edition, id);
        return new OpenedVisaLetterRequest(TravelEditions.view(edition), request, opened(request, admin, "admin"));
    }

    @Override
    public void approve(int year, VisaLetterRequestId id, PersonId admin) {
        Edition edition = editions.edition(year);
        VisaLetterRequest request = find(edition, id);
        if (!requests.approve(id, admin, clock.instant())) {
            throw new TravelRequestClosed("travel.admin.closed");
        }
        audit.record(AuditEntry.success(admin, "conference.visaLetter.approved", TARGET, id.toString()));
        notices.visaLetterDecided(request.person(), editions.language(edition, request.person()), year,
                RequestStatus.APPROVED, Optional.empty());
    }

    @Override
    public void refuse(int year, VisaLetterRequestId id, RefusalReason reason, PersonId admin) {
        Edition edition = editions.edition(year);
        VisaLetterRequest request = find(edition, id);
        if (!requests.refuse(id, reason, admin, clock.instant())) {
            throw new TravelRequestClosed("travel.admin.closed");
        }
        audit.record(AuditEntry.success(admin, "conference.visaLetter.refused", TARGET, id.toString())
                .withDetail(reason.name()));
        notices.visaLetterDecided(request.person(), editions.language(edition, request.person()), year,
                RequestStatus.REFUSED, Optional.of(reason));
    }

    @Override
    public VisaLetterDocument letter(int year, VisaLetterRequestId id, PersonId admin) {
        Edition edition = editions.edition(year);
        return print(edition, find(edition, id), admin);
    }

    private VisaLetterDocument print(Edition edition, VisaLetterRequest request, PersonId reader) {
        if (request.erased()) {
            throw new LetterNotAvailable("travel.letter.erased");
        }
        if (!request.letterAvailable()) {
            throw new LetterNotAvailable("travel.letter.notApproved");
        }
        EditionDates dates = edition.facts().dates()
                .orElseThrow(() -> new LetterNotAvailable("travel.letter.noDates"));
        PassportDetails details = opened(request, reader, "letter")
                .orElseThrow(() -> new LetterNotAvailable("travel.letter.erased"));
        String reference = VisaLetter.referenceOf(edition.year(), request.id());
        VisaLetter letter = new VisaLetter(letterhead, reference, LocalDate.now(clock), details,
                "Defenders' Days " + edition.year(), edition.facts().theme(), dates.start(), dates.end(),
                edition.facts().city(), edition.facts().venue(),
                VisaLetter.Coverage.of(support.findFor(edition.id(), request.person()), mealsProvided));
        byte[] pdf = printer.print(letter);
        audit.record(AuditEntry.success(reader, "conference.visaLetter.downloaded", TARGET, request.id().toString()));
        return new VisaLetterDocument("visa-letter-" + reference + ".pdf", pdf);
    }

    /** A character the letter's font cannot show is refused at the form, not discovered at printing. */
    private void unprintable(List<TravelRuleViolation> problems, String field, String text) {
        boolean known = problems.stream().anyMatch(problem -> problem.field().equals(field));
        if (!known && !printer.canPrint(text)) {
            problems.add(new TravelRuleViolation(field, "travel.error.script"));
        }
    }

    private VisaLetterRequest find(Edition edition, VisaLetterRequestId id) {
        return requests.findById(edition.id(), id).orElseThrow(UnknownTravelRequest::new);
    }

    /** Opens the stored details for {@code reader}, writing the audit entry; empty once erased. */
    private Optional<PassportDetails> opened(VisaLetterRequest request, PersonId reader, String why) {
        return requests.sealedPassport(request.id()).map(sealed -> {
            audit.record(AuditEntry.success(reader, "conference.passport.read", TARGET, request.id().toString())
                    .withDetail(why));
            return PassportDetails.unsealed(sensitive.open(sealed, context(request.id())));
        });
    }

    private byte[] seal(PassportDetails details, VisaLetterRequestId id) {
        return sensitive.seal(details.sealable(), context(id));
    }

    private static SensitiveData.Context context(VisaLetterRequestId id) {
        return new SensitiveData.Context(PURPOSE, id.toString());
    }
}
