package org.defendersdays.bootcamp.application.port.in;

import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.sharedkernel.identity.PersonId;

/**
 * A bootcamp admin changes programmes in the back office. Each change goes through its own use case
 * and is recorded in the audit trail, with who made it, in the same transaction.
 */
public interface AdministerProgrammesUseCase {

    /** @see CreateProgrammeUseCase#create */
    ProgrammeId create(PersonId admin, CreateProgrammeCommand command);

    /** @see ReviseProgrammeUseCase#revise */
    void revise(PersonId admin, ReviseProgrammeCommand command);

    /** @see PublishProgrammeUseCase#publish */
    void publish(PersonId admin, ProgrammeId programme);

    /** @see RetireProgrammeUseCase#retire */
    void retire(PersonId admin, ProgrammeId programme);
}
