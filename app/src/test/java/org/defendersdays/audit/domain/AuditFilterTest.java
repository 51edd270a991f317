package org.defendersdays.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditFilterTest {

    static AuditFilter filter(String actionPrefix, String targetId, Instant from, Instant until) {
        return new AuditFilter(Optional.ofNullable(actionPrefix), Optional.empty(), Optional.empty(),
                Optional.ofNullable(targetId), Optional.empty(), Optional.ofNullable(from), Optional.ofNullable(until));
    }

    @Test
    void codesAndATimeRangeMakeAFilter() {
        AuditFilter filter = filter("identity.login", "account-7", Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"));

        assertThat(filter.actionPrefix()).contains("identity.login");
        assertThat(AuditFilter.EVERYTHING.actionPrefix()).isEmpty();
    }

    @Test
    void wildcardsAndFreeTextAreRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> filter("identity%", null, null, null))
                .isInstanceOfSatisfying(InvalidAuditFilter.class, e -> {
                    assertThat(e.field()).isEqualTo("action");
                    assertThat(e.messageKey()).isEqualTo("audit.filter.invalid.code");
                });
        assertThatThrownBy(() -> filter("Identity", null, null, null)).isInstanceOf(InvalidAuditFilter.class);
        assertThatThrownBy(() -> filter(null, "a name with spaces", null, null))
                .isInstanceOfSatisfying(InvalidAuditFilter.class, e -> assertThat(e.field()).isEqualTo("targetId"));
    }

    @Test
    void aRangeMustEndAfterItStarts() {
        Instant day = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> filter(null, null, day, day))
                .isInstanceOfSatisfying(InvalidAuditFilter.class, e -> {
                    assertThat(e.field()).isEqualTo("until");
                    assertThat(e.messageKey()).isEqualTo("audit.filter.invalid.range");
                });
    }
}
