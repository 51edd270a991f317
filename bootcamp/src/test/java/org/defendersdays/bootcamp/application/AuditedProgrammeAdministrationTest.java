package org.defendersdays.bootcamp.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.Language;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeOutline;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.defendersdays.bootcamp.domain.ProgrammeStatus;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

class AuditedProgrammeAdministrationTest {

    private final PersonId admin = PersonId.generate();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final ProgrammeService service = new ProgrammeService(new InMemoryProgrammes());
    private final AuditedProgrammeAdministration administration = new AuditedProgrammeAdministration(service, service,
            service, service, audited::add);

    private static ProgrammeOutline outline(String title, int weeks) {
        return new ProgrammeOutline(title, "What participants learn.", DeliveryFormat.LIVE_ONLINE, weeks,
                List.of(new Language("en")), List.of());
    }

    @Test
    void everyChangeIsAuditedWithWhoMadeItAndNoValues() {
        ProgrammeId id = administration.create(admin,
                new CreateProgrammeCommand(new ProgrammeSlug("risk-basics"), outline("Risk basics", 4)));
        administration.revise(admin, new ReviseProgrammeCommand(id, outline("Risk assessment basics", 6)));
        administration.publish(admin, id);
        administration.retire(admin, id);

        assertThat(audited).extracting(AuditEntry::action).containsExactly("bootcamp.programme.created",
                "bootcamp.programme.revised", "bootcamp.programme.published", "bootcamp.programme.retired");
        assertThat(audited).allSatisfy(entry -> {
            assertThat(entry.actor()).contains(admin);
            assertThat(entry.targetType()).isEqualTo("programme");
            assertThat(entry.targetId()).contains(id.toString());
        });
        assertThat(service.programme(id).outline().title()).isEqualTo("Risk assessment basics");
        assertThat(service.programme(id).slug().value()).isEqualTo("risk-basics");
        assertThat(service.programme(id).status()).isEqualTo(ProgrammeStatus.RETIRED);
    }

    @Test
    void aRefusedChangeIsNotAudited() {
        ProgrammeId id = service.create(new CreateProgrammeCommand(new ProgrammeSlug("risk-basics"),
                outline("Risk basics", 4)));
        service.retire(id);

        assertThatThrownBy(() -> administration.publish(admin, id)).isInstanceOf(ProgrammeRuleViolation.class);
        assertThatThrownBy(() -> administration.retire(admin, ProgrammeId.generate()))
                .isInstanceOf(UnknownProgramme.class);
        assertThat(audited).isEmpty();
    }

    @Test
    void theBackOfficeSeesEveryProgrammeBySlug() {
        service.create(new CreateProgrammeCommand(new ProgrammeSlug("zeta"), outline("Zeta", 1)));
        service.publish(service.create(new CreateProgrammeCommand(new ProgrammeSlug("alpha"), outline("Alpha", 1))));

        assertThat(service.allProgrammes()).extracting(programme -> programme.slug().value())
                .containsExactly("alpha", "zeta");
    }
}
