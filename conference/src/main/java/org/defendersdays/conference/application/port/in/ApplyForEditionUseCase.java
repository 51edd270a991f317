package org.defendersdays.conference.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.defendersdays.conference.domain.application.Application;
import org.defendersdays.conference.domain.application.CallForApplications;
import org.defendersdays.conference.domain.application.CallPhase;
import org.defendersdays.conference.domain.programme.CatalogueTopic;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A signed-in member applies to an edition: sees the call and their own application (never anyone
 * else's), saves a draft, submits, changes it until the call closes, and withdraws at any time.
 */
public interface ApplyForEditionUseCase {

    /** @throws UnknownEdition if the edition is not public; UnknownCall if it has no call */
    OwnApplication ownApplication(PersonId applicant, int year);

    /** Stores the draft (or the changes to a submitted application); a closed call refuses it and keeps what was stored. */
    Application save(ApplyForEditionCommand command);

    Application submit(ApplyForEditionCommand command);

    /** @return whether there was an application to withdraw */
    boolean withdraw(PersonId applicant, int year);

    /** The call as it stands now, the person's own application to it, if any, and the topics to choose focus areas from. */
    record OwnApplication(int year, CallForApplications call, CallPhase phase, Optional<Application> application,
            List<CatalogueTopic> topics, Instant now) {

        public boolean changeable() {
            return phase == CallPhase.OPEN && application.map(own -> own.isChangeableIn(call, now)).orElse(true);
        }
    }
}
