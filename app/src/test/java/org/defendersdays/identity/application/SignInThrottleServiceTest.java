package org.defendersdays.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.defendersdays.identity.application.port.out.AttemptAllowances;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;

/** The throttle's rules, with allowances that never refill (refilling is Bucket4j's job). */
class SignInThrottleServiceTest {

    /** Fixed-size allowances that count what is taken. */
    static final class CountingAllowances implements AttemptAllowances {

        final Map<String, Integer> left = new HashMap<>();
        private final Map<Kind, Integer> sizes;

        CountingAllowances(int accountSize, int addressSize) {
            sizes = Map.of(Kind.ACCOUNT, accountSize, Kind.CLIENT_ADDRESS, addressSize);
        }

        @Override
        public boolean tryTake(Kind kind, String key) {
            int available = left.getOrDefault(kind + key, sizes.get(kind));
            if (available == 0) {
                return false;
            }
            left.put(kind + key, available - 1);
            return true;
        }

        @Override
        public void giveBack(Kind kind, String key) {
            left.put(kind + key, Math.min(sizes.get(kind), left.getOrDefault(kind + key, sizes.get(kind)) + 1));
        }

        @Override
        public void restore(Kind kind, String key) {
            left.remove(kind + key);
        }
    }

    private final CountingAllowances allowances = new CountingAllowances(5, 30);
    private final List<AuditEntry> audited = new ArrayList<>();
    private final SignInThrottleService throttle = new SignInThrottleService(allowances, audited::add);

    @Test
    void theSixthAttemptForAnAddressIsRefusedHoweverItIsWritten() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.tryAttempt("amina@example.org", "192.0.2.1")).isTrue();
        }
        assertThat(throttle.tryAttempt("  AMINA@example.org ", "192.0.2.2")).isFalse();
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("identity.login.throttled");
            assertThat(entry.targetId()).isEmpty();
            assertThat(entry.detail()).contains("account");
        });
    }

    @Test
    void keysAreHashesNeverTheAddressesThemselves() {
        throttle.tryAttempt("amina@example.org", "192.0.2.1");
        assertThat(allowances.left.keySet()).hasSize(2)
                .noneMatch(key -> key.contains("amina") || key.contains("192.0.2.1"));
    }

    @Test
    void successMakesTheAccountWholeAgain() {
        for (int round = 1; round <= 3; round++) {
            for (int attempt = 1; attempt <= 5; attempt++) {
                assertThat(throttle.tryAttempt("bako@example.org", "192.0.2." + round)).isTrue();
            }
            throttle.succeeded("bako@example.org", "192.0.2." + round);
        }
        assertThat(audited).isEmpty();
    }

    @Test
    void signingInDoesNotCountAgainstASharedAddress() {
        for (int person = 1; person <= 100; person++) {
            assertThat(throttle.tryAttempt("person" + person + "@example.org", "192.0.2.1")).isTrue();
            throttle.succeeded("person" + person + "@example.org", "192.0.2.1");
        }
        assertThat(audited).isEmpty();
    }

    @Test
    void anAddressOverItsLimitIsRefusedWithoutUsingUpTheAccount() {
        for (int attempt = 1; attempt <= 30; attempt++) {
            assertThat(throttle.tryAttempt("guess" + attempt + "@example.org", "192.0.2.9")).isTrue();
        }
        assertThat(throttle.tryAttempt("chen@example.org", "192.0.2.9")).isFalse();
        assertThat(audited).singleElement().satisfies(entry -> assertThat(entry.detail()).contains("clientAddress"));
        // The refused attempt took nothing from Chen's own allowance.
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.tryAttempt("chen@example.org", "198.51.100.1")).isTrue();
        }
    }

    @Test
    void missingOrOversizedInputIsThrottledLikeAnyOther() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(throttle.tryAttempt(null, null)).isTrue();
        }
        assertThat(throttle.tryAttempt(null, null)).isFalse();
        assertThat(throttle.tryAttempt("x".repeat(100_000), "192.0.2.1")).isTrue();
    }
}
