package org.defendersdays.conference.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.defendersdays.conference.application.port.in.ApplyForEditionCommand;
import org.defendersdays.conference.application.port.in.ApplyForEditionUseCase;
import org.defendersdays.conference.application.port.in.ReadSensitiveApplicationDetailsUseCase;
import org.defendersdays.conference.application.port.in.ReleaseWorkshopPlacesUseCase;
import org.defendersdays.conference.application.port.in.StaleApplication;
import org.defendersdays.conference.application.port.in.UnknownApplication;
import org.defendersdays.conference.application.port.in.UnknownCall;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.out.ApplicationNotices;
import org.defendersdays.conference.application.port.out.Applications;
import org.defendersdays.conference.application.port.out.Calls;
import org.defendersdays.conference.application.port.out.Editions;
import org.defendersdays.conference.application.port.out.TopicCatalogue;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.Topic;
import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.ApplicationId;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying to an edition, and the audited reading of an application's sealed fields by conference
 * admins.
 *
 * <p>An applicant loading their own application reads their own risk situation and accessibility
 * needs: that is the person the data is about looking at what they told us, not a disclosure, so it
 * writes no audit entry (and an entry would itself say, in the trail, that they have such data).
 * Everyone else's read goes through {@link #sensitiveDetails}, which is audited.
 */
@Transactional
public class ApplyingService implements ApplyForEditionUseCase, ReadSensitiveApplicationDetailsUseCase {

    private final Editions editions;
    private final Calls calls;
    private final Applications applications;
    private final TopicCatalogue topics;
    private final AuditTrail audit;
    private final ReleaseWorkshopPlacesUseCase workshops;
    private final ApplicationNotices notices;
    private final Clock clock;

    public ApplyingService(Editions editions, Calls calls, Applications applications, TopicCatalogue topics,
            AuditTrail audit, ReleaseWorkshopPlacesUseCase workshops, ApplicationNotices notices, Clock clock) {
        this.editions = editions;
        this.calls = calls;
        this.applications = applications;
        this.topics = topics;
        this.audit = audit;
        this.workshops = workshops;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public OwnApplication ownApplication(PersonId applicant, int year) {
        CallForApplications call = callOf(year);
        Instant now = clock.instant();
        return new OwnApplication(year, call, call.phaseAt(now), applications.findByApplicant(call.id(), applicant),
                topics.findAll(), now);
    }

    @Override
    public Application save(ApplyForEditionCommand command) {
        return change(command, false);
    }

    @Override
    public Application submit(ApplyForEditionCommand command) {
        return change(command, true);
    }

    private Application change(ApplyForEditionCommand command, boolean submit) {
        CallForApplications call = callOf(command.year());
        Instant now = clock.instant();
        Set<Topic> known = topics.findAll().stream().map(CatalogueTopic::topic).collect(Collectors.toSet());
        if (!known.containsAll(command.content().focusAreas())) {
            throw new ApplicationRuleViolation("focusAreas", "application.focusAreas.unknown");
        }
        Optional<Application> stored = applications.findByApplicant(call.id(), command.applicant());
        if (!stored.map(Application::version).equals(command.seenVersion())) {
            throw new StaleApplication();
        }
        Application application = stored.orElseGet(() -> Application.start(ApplicationId.generate(), call,
                command.applicant(), command.content().messageLanguage(), now));
        boolean arrivesNow = submit && application.status() != ApplicationStatus.SUBMITTED;
        if (submit) {
            application.submit(command.content(), call, now);
        } else {
            application.save(command.content(), call, now);
        }
        Application saved = applications.save(application);
        if (arrivesNow) {
            // A receipt once, when the application arrives; later changes are the applicant's own doing.
            notices.submitted(command.applicant(), command.content().messageLanguage(), command.year(),
                    call.terms().closesAt());
        }
        return saved;
    }

    @Override
    public boolean withdraw(PersonId applicant, int year) {
        CallForApplications call = callOf(year);
        Optional<Application> stored = applications.findByApplicant(call.id(), applicant);
        if (stored.isEmpty() || !stored.get().withdraw(clock.instant())) {
            return false;
        }
        applications.save(stored.get());
        // A withdrawn application holds no place, so it holds no workshop seat either.
        workshops.releaseAll(call.edition(), applicant);
        return true;
    }

    @Override
    public SensitiveDetails sensitiveDetails(PersonId admin, ApplicationId id) {
        Application application = applications.findById(id).orElseThrow(UnknownApplication::new);
        int year = editions.findById(application.edition()).map(Edition::year).orElseThrow();
        audit.record(AuditEntry.success(admin, AUDIT_ACTION, "application", id.toString()));
        return new SensitiveDetails(id, year, application.status(), application.content().riskSituation(),
                application.content().accessibilityNeeds());
    }

    /** The call of a public edition; drafts and unknown years are answered alike. */
    private CallForApplications callOf(int year) {
        Edition edition = editions.findByYear(year).filter(Edition::isPublic).orElseThrow(UnknownEdition::new);
        return calls.findByEdition(edition.id()).orElseThrow(UnknownCall::new);
    }
}
