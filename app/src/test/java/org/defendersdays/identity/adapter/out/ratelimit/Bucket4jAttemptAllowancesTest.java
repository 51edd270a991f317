package org.defendersdays.identity.adapter.out.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.defendersdays.identity.application.port.out.AttemptAllowances.Kind;
import org.junit.jupiter.api.Test;

/** The buckets with short periods, so refilling can be watched. */
class Bucket4jAttemptAllowancesTest {

    private final Bucket4jAttemptAllowances allowances = new Bucket4jAttemptAllowances(2, Duration.ofMillis(300), 3,
            Duration.ofSeconds(60));

    @Test
    void anAccountGetsOneMoreAttemptPerRefillPeriodAfterItsAllowance() {
        assertThat(allowances.tryTake(Kind.ACCOUNT, "a")).isTrue();
        assertThat(allowances.tryTake(Kind.ACCOUNT, "a")).isTrue();
        assertThat(allowances.tryTake(Kind.ACCOUNT, "a")).isFalse();
        assertThat(allowances.tryTake(Kind.ACCOUNT, "b")).as("another key").isTrue();

        await().atMost(Duration.ofSeconds(3)).until(() -> allowances.tryTake(Kind.ACCOUNT, "a"));
        assertThat(allowances.tryTake(Kind.ACCOUNT, "a")).as("one attempt per period, not the whole allowance")
                .isFalse();
    }

    @Test
    void restoringAndGivingBackReturnAttempts() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(allowances.tryTake(Kind.CLIENT_ADDRESS, "c")).isTrue();
        }
        assertThat(allowances.tryTake(Kind.CLIENT_ADDRESS, "c")).isFalse();
        allowances.giveBack(Kind.CLIENT_ADDRESS, "c");
        assertThat(allowances.tryTake(Kind.CLIENT_ADDRESS, "c")).isTrue();
        assertThat(allowances.tryTake(Kind.CLIENT_ADDRESS, "c")).isFalse();

        allowances.restore(Kind.CLIENT_ADDRESS, "c");
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(allowances.tryTake(Kind.CLIENT_ADDRESS, "c")).isTrue();
        }
    }
}
