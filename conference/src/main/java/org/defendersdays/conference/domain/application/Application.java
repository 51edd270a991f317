package org.defendersdays.conference.domain.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * One person's application to one call. It starts as a DRAFT, can be changed and SUBMITTED while
 * the call is open (and changed again, complete, until it closes), and can be WITHDRAWN at any
 * time: withdrawing erases what the person told us (sensitive texts, free texts, answers, consents)
 * but keeps the application itself, so it is not counted again.
 */
public class Application implements AggregateRoot<Application, ApplicationId> {

    private final ApplicationId id;
    private final CallId call;
    private final EditionId edition;
    private final PersonId applicant;
    private ApplicationStatus status;
    private ApplicationContent content;
    private final Instant createdAt;
    private Optional<Instant> submittedAt;
    private Optional<Instant> withdrawnAt;
    private Optional<Instant> consentsRecordedAt;
    private final Long version;

    private Application(ApplicationId id, CallId call, EditionId edition, PersonId applicant, ApplicationStatus status,
            ApplicationContent content, Instant createdAt, Optional<Instant> submittedAt, Optional<Instant> withdrawnAt,
            Optional<Instant> consentsRecordedAt, Long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.call = Objects.requireNonNull(call, "call");
        this.edition = Objects.requireNonNull(edition, "edition");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.status = Objects.requireNonNull(status, "status");
        this.content = Objects.requireNonNull(content, "content");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.withdrawnAt = Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        this.consentsRecordedAt = Objects.requireNonNull(consentsRecordedAt, "consentsRecordedAt");
        this.version = version;
    }

    /** A new, empty draft; the call must be open. */
    public static Application start(ApplicationId id, CallForApplications call, PersonId applicant,
            String messageLanguage, Instant now) {
        requireOpen(call, now);
        return new Application(id, call.id(), call.edition(), applicant, ApplicationStatus.DRAFT,
                ApplicationContent.empty(messageLanguage), now, Optional.empty(), Optional.empty(), Optional.empty(),
                null);
    }

    /** Rebuilds a stored application; persistence adapters only. */
    public static Application rehydrate(ApplicationId id, CallId call, EditionId edition, PersonId applicant,
            ApplicationStatus status, ApplicationContent content, Instant createdAt, Optional<Instant> submittedAt,
            Optional<Instant> withdrawnAt, Optional<Instant> consentsRecordedAt, Long version) {
        return new Application(id, call, edition, applicant, status, content, createdAt, submittedAt, withdrawnAt,
                consentsRecordedAt, version);
    }

    /**
     * Stores what the applicant typed. A draft stays a draft; a submitted application stays submitted
     * and so must stay complete.
     */
    public void save(ApplicationContent changed, CallForApplications ofCall, Instant now) {
        requireChangeable(ofCall, now);
        ApplicationContent taken = changed.forCall(ofCall);
        if (status == ApplicationStatus.SUBMITTED) {
            taken.requireComplete(ofCall);
        }
        replace(taken, now);
    }

    /** Stores what the applicant typed and submits it; it must be complete. */
    public void submit(ApplicationContent changed, CallForApplications ofCall, Instant now) {
        requireChangeable(ofCall, now);
        ApplicationContent taken = changed.forCall(ofCall);
        taken.requireComplete(ofCall);
        replace(taken, now);
        if (status == ApplicationStatus.DRAFT) {
            status = ApplicationStatus.SUBMITTED;
            submittedAt = Optional.of(now);
        }
    }

    /**
     * Withdraws the application and erases what it told us; possible at any time, even after the call
     * closed. Only the language for our messages is kept.
     *
     * @return whether this call withdrew it (false if it already was)
     */
    public boolean withdraw(Instant now) {
        if (status == ApplicationStatus.WITHDRAWN) {
            return false;
        }
        status = ApplicationStatus.WITHDRAWN;
        content = ApplicationContent.empty(content.messageLanguage());
        withdrawnAt = Optional.of(now);
        consentsRecordedAt = Optional.empty();
        return true;
    }

    /** Whether the applicant may still change it now. */
    public boolean isChangeableIn(CallForApplications ofCall, Instant now) {
        return status != ApplicationStatus.WITHDRAWN && ofCall.isOpenAt(now);
    }

    private void replace(ApplicationContent taken, Instant now) {
        if (taken.consentsDifferFrom(content) || consentsRecordedAt.isEmpty()) {
            consentsRecordedAt = Optional.of(now);
        }
        content = taken;
    }

    private void requireChangeable(CallForApplications ofCall, Instant now) {
        if (!ofCall.id().equals(call)) {
            throw new IllegalArgumentException("another call's application");
        }
        if (status == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationRuleViolation("form", "application.withdrawn.final");
        }
        requireOpen(ofCall, now);
    }

    private static void requireOpen(CallForApplications ofCall, Instant now) {
        switch (ofCall.phaseAt(now)) {
            case NOT_YET_OPEN -> throw new ApplicationRuleViolation("form", "application.call.notYetOpen");
            case CLOSED -> throw new ApplicationRuleViolation("form", "application.call.closed");
            case OPEN -> {
                // changes are welcome
            }
        }
    }

    @Override
    public ApplicationId getId() {
        return id;
    }

    public ApplicationId id() {
        return id;
    }

    public CallId call() {
        return call;
    }

    public EditionId edition() {
        return edition;
    }

    public PersonId applicant() {
        return applicant;
    }

    public ApplicationStatus status() {
        return status;
    }

    public ApplicationContent content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> withdrawnAt() {
        return withdrawnAt;
    }

    public Optional<Instant> consentsRecordedAt() {
        return consentsRecordedAt;
    }

    /** Optimistic-locking version; {@code null} until first stored. */
    public Long version() {
        return version;
    }
}
