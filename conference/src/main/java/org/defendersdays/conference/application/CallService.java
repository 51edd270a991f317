package org.defendersdays.conference.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.in.CallDraft;
import org.defendersdays.conference.application.port.in.OpenCallCommand;
import org.defendersdays.conference.application.port.in.ReviseCallCommand;
import org.defendersdays.conference.application.port.in.SeeCallPhaseUseCase;
import org.defendersdays.conference.application.port.in.StaleCall;
import org.defendersdays.conference.application.port.in.UnknownCall;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallId;
import org.defendersdays.conference.domain.application.CallPhase;
import org.defendersdays.conference.domain.application.CallQuestion;
import org.defendersdays.conference.domain.application.ReviewCriterion;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calls for applications: conference admins open and revise them (each change audited, stale
 * copies refused); anyone may learn whether a public edition's call is open.
 */
@Transactional
public class CallService implements AdministerCallsUseCase, SeeCallPhaseUseCase {

    private final Editions editions;
    private final Calls calls;
    private final Applications applications;
    private final AuditTrail audit;
    private final Clock clock;

    public CallService(Editions editions, Calls calls, Applications applications, AuditTrail audit, Clock clock) {
        this.editions = editions;
        this.calls = calls;
        this.applications = applications;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public EditionCall editionCall(int year) {
        Edition edition = editions.findByYear(year).orElseThrow(UnknownEdition::new);
        Optional<CallForApplications> call = calls.findByEdition(edition.id());
        return new EditionCall(edition, call, call.map(found -> applications.countByStatus(found.id())).orElse(Map.of()));
    }

    @Override
    public CallId open(PersonId admin, OpenCallCommand command) {
        Edition edition = editions.findByYear(command.year()).orElseThrow(UnknownEdition::new);
        if (calls.findByEdition(edition.id()).isPresent()) {
            throw new CallAlreadyOpen();
        }
        CallDraft draft = command.draft();
        CallForApplications call = calls.save(CallForApplications.open(CallId.generate(), edition.id(), draft.terms(),
                draft.questions(), draft.quotas(), draft.criteria()));
        audit.record(AuditEntry.success(admin, "conference.call.opened", "call", call.id().toString()));
        return call.id();
    }

    @Override
    public void revise(PersonId admin, ReviseCallCommand command) {
        Edition edition = editions.findByYear(command.year()).orElseThrow(UnknownEdition::new);
        CallForApplications call = calls.findByEdition(edition.id()).orElseThrow(UnknownCall::new);
        if (call.version() == null || call.version() != command.seenVersion()) {
            throw new StaleCall();
        }
        CallDraft draft = command.draft();
        Set<UUID> questionIds = call.questions().stream().map(CallQuestion::id).collect(Collectors.toSet());
        Set<UUID> criterionIds = call.criteria().stream().map(ReviewCriterion::id).collect(Collectors.toSet());
        call.revise(draft.terms(),
                draft.questions().stream().map(question -> questionIds.contains(question.id()) ? question
                        : CallQuestion.ask(question.prompt(), question.required())).toList(),
                draft.quotas(),
                draft.criteria().stream().map(criterion -> criterionIds.contains(criterion.id()) ? criterion
                        : ReviewCriterion.define(criterion.name(), criterion.guidance(), criterion.maxScore(),
                                criterion.weight())).toList());
        calls.save(call);
        audit.record(AuditEntry.success(admin, "conference.call.revised", "call", call.id().toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CallPhase> callPhase(int year) {
        return editions.findByYear(year).filter(Edition::isPublic)
                .flatMap(edition -> calls.findByEdition(edition.id()))
                .map(call -> call.phaseAt(clock.instant()));
    }
}
