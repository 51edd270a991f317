package org.defendersdays.bootcamp.application;

import org.defendersdays.bootcamp.application.port.in.AdministerProgrammesUseCase;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.PublishProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.RetireProgrammeUseCase;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeUseCase;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's way into the programme use cases: runs one, then records who did it, codes and
 * identifiers only. A use case that throws records nothing; change and entry share the transaction.
 */
@Transactional
public class AuditedProgrammeAdministration implements AdministerProgrammesUseCase {

    private static final String TARGET = "programme";

    private final CreateProgrammeUseCase creation;
    private final ReviseProgrammeUseCase revision;
    private final PublishProgrammeUseCase publication;
    private final RetireProgrammeUseCase retirement;
    private final AuditTrail audit;

    public AuditedProgrammeAdministration(CreateProgrammeUseCase creation, ReviseProgrammeUseCase revision,
            PublishProgrammeUseCase publication, RetireProgrammeUseCase retirement, AuditTrail audit) {
        this.creation = creation;
        this.revision = revision;
        this.publication = publication;
        this.retirement = retirement;
        this.audit = audit;
    }

    @Override
    public ProgrammeId create(PersonId admin, CreateProgrammeCommand command) {
        ProgrammeId id = creation.create(command);
        record(admin, "bootcamp.programme.created", id);
        return id;
    }

    @Override
    public void revise(PersonId admin, ReviseProgrammeCommand command) {
        revision.revise(command);
        record(admin, "bootcamp.programme.revised", command.programme());
    }

    @Override
    public void publish(PersonId admin, ProgrammeId programme) {
        publication.publish(programme);
        record(admin, "bootcamp.programme.published", programme);
    }

    @Override
    public void retire(PersonId admin, ProgrammeId programme) {
        retirement.retire(programme);
        record(admin, "bootcamp.programme.retired", programme);
    }

    private void record(PersonId admin, String action, ProgrammeId programme) {
        audit.record(AuditEntry.success(admin, action, TARGET, programme.value().toString()));
    }
}
