package org.defendersdays.identity.adapter.out.argon2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {

    @Test
    void noMoreThanTheLimitRunAtOnceAndTheRestWait() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int task = i;
                results.add(threads.submit(() -> limit.run(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    twoStarted.countDown();
                    awaitQuietly(release);
                    running.decrementAndGet();
                    return task;
                })));
            }
            assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // The other four are queued; give them time to (wrongly) start.
            Thread.sleep(200);
            assertThat(running).hasValue(2);

            release.countDown();
            for (int i = 0; i < 6; i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
            }
            assertThat(mostAtOnce).hasValue(2);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
