package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TotpTimeStepTest {

    @Test
    void aStepIsThirtySecondsFromTheEpoch() {
        assertThat(TotpTimeStep.containing(Instant.ofEpochSecond(29))).isEqualTo(new TotpTimeStep(0));
        assertThat(TotpTimeStep.containing(Instant.ofEpochSecond(59))).isEqualTo(new TotpTimeStep(1));
        assertThat(TotpTimeStep.containing(Instant.ofEpochSecond(1111111109))).isEqualTo(new TotpTimeStep(0x23523EC));
        assertThat(new TotpTimeStep(1).start()).isEqualTo(Instant.ofEpochSecond(30));
    }

    @Test
    void aCodeTypedNowMayBelongToTheStepBeforeOrAfter() {
        assertThat(new TotpTimeStep(100).withNeighbours())
                .containsExactly(new TotpTimeStep(99), new TotpTimeStep(100), new TotpTimeStep(101));
    }

    @Test
    void theWindowLeavesOutUsedSteps() {
        Instant now = new TotpTimeStep(100).start().plusSeconds(10);

        assertThat(TotpWindow.acceptableSteps(now, Optional.empty())).extracting(TotpTimeStep::value).containsExactly(99L, 100L, 101L);
        assertThat(TotpWindow.acceptableSteps(now, Optional.of(new TotpTimeStep(98)))).extracting(TotpTimeStep::value)
                .containsExactly(99L, 100L, 101L);
        assertThat(TotpWindow.acceptableSteps(now, Optional.of(new TotpTimeStep(99)))).extracting(TotpTimeStep::value)
                .containsExactly(100L, 101L);
        assertThat(TotpWindow.acceptableSteps(now, Optional.of(new TotpTimeStep(100)))).extracting(TotpTimeStep::value)
                .containsExactly(101L);
        assertThat(TotpWindow.acceptableSteps(now, Optional.of(new TotpTimeStep(101)))).isEqualTo(List.of());
    }
}
