package org.defendersdays.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.audit.AuditTestSupport.uniqueAction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase;
import org.defendersdays.audit.application.port.in.BrowseAuditLogUseCase.AuditLogPage;
import org.defendersdays.audit.application.port.out.AuditChain;
import org.defendersdays.audit.domain.AuditFilter;
import org.defendersdays.audit.domain.AuditRecord;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Browsing the log on PostgreSQL: each filter, their combination, and paging newest first. */
@PlatformTest
class BrowseAuditLogTest {

    static final Instant JANUARY = Instant.parse("2001-01-15T10:00:00Z");
    static final Instant FEBRUARY = Instant.parse("2001-02-15T10:00:00Z");

    @Autowired
    BrowseAuditLogUseCase browsing;

    @Autowired
    AuditChain chain;

    @Autowired
    TransactionTemplate transaction;

    final PersonId alice = PersonId.generate();
    final PersonId bob = PersonId.generate();

    /** Records the entry as if at the given time (a trail with a fixed clock, in a transaction of its own). */
    private void record(Instant at, AuditEntry entry) {
        AuditTrail trail = AuditUseCases.auditTrail(chain, Clock.fixed(at, ZoneOffset.UTC));
        transaction.executeWithoutResult(status -> trail.record(entry));
    }

    private static AuditFilter actionsStartingWith(String prefix) {
        return new AuditFilter(Optional.of(prefix), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private List<String> targetIds(AuditFilter filter) {
        return browsing.browse(filter, OptionalLong.empty()).records().stream()
                .map(record -> record.targetId().orElse("-")).toList();
    }

    @Test
    void eachFilterNarrowsTheLogAndTheyCombine() {
        String family = uniqueAction("browse");
        record(JANUARY, new AuditEntry(Optional.of(alice), family + ".login", "account", Optional.of("a1"),
                Outcome.SUCCESS, Optional.empty()));
        record(JANUARY, new AuditEntry(Optional.of(bob), family + ".login", "account", Optional.of("b1"),
                Outcome.FAILURE, Optional.empty()));
        record(FEBRUARY, new AuditEntry(Optional.of(alice), family + ".edit", "edition", Optional.of("e1"),
                Outcome.SUCCESS, Optional.empty()));
        record(FEBRUARY, new AuditEntry(Optional.empty(), family + ".edit", "edition", Optional.of("e2"),
                Outcome.DENIED, Optional.of("CONFERENCE_ADMIN")));
        AuditFilter all = actionsStartingWith(family + ".");

        assertThat(targetIds(all)).containsExactly("e2", "e1", "b1", "a1");
        assertThat(targetIds(actionsStartingWith(family + ".log"))).containsExactly("b1", "a1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.of(alice), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly("e1", "a1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.empty(), Optional.of("edition"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly("e2", "e1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.empty(), Optional.of("account"),
                Optional.of("b1"), Optional.empty(), Optional.empty(), Optional.empty()))).containsExactly("b1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(Outcome.DENIED), Optional.empty(), Optional.empty())))
                .containsExactly("e2");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(Instant.parse("2001-02-01T00:00:00Z")),
                Optional.empty()))).containsExactly("e2", "e1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Instant.parse("2001-02-15T10:00:00Z"))))).as("until excludes its instant")
                .containsExactly("b1", "a1");
        assertThat(targetIds(new AuditFilter(all.actionPrefix(), Optional.of(alice), Optional.empty(),
                Optional.empty(), Optional.of(Outcome.SUCCESS), Optional.of(JANUARY), Optional.of(FEBRUARY))))
                .containsExactly("a1");
    }

    @Test
    void theLogIsPagedNewestFirstFiftyAtATime() {
        String action = uniqueAction("paging");
        for (int i = 1; i <= 120; i++) {
            record(JANUARY, new AuditEntry(Optional.empty(), action, "item", Optional.of("i" + i), Outcome.SUCCESS,
                    Optional.empty()));
        }
        AuditFilter filter = actionsStartingWith(action);

        AuditLogPage first = browsing.browse(filter, OptionalLong.empty());
        AuditLogPage second = browsing.browse(filter, first.nextOlderThan());
        AuditLogPage third = browsing.browse(filter, second.nextOlderThan());

        assertThat(first.records()).hasSize(50).first().extracting(AuditRecord::targetId).isEqualTo(Optional.of("i120"));
        assertThat(second.records()).hasSize(50).first().extracting(AuditRecord::targetId).isEqualTo(Optional.of("i70"));
        assertThat(third.records()).hasSize(20).last().extracting(AuditRecord::targetId).isEqualTo(Optional.of("i1"));
        assertThat(third.nextOlderThan()).isEmpty();
        assertThat(first.records()).extracting(AuditRecord::sequence).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
}
