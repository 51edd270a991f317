package org.defendersdays.identity.adapter.out.argon2;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Runs at most a given number of tasks at once; the others wait their turn, first come first served. */
final class ConcurrencyLimit {

    private final Semaphore permits;

    ConcurrencyLimit(int maxConcurrent) {
        this.permits = new Semaphore(maxConcurrent, true);
    }

    <T> T run(Supplier<T> task) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to hash", e);
        }
        try {
            return task.get();
        } finally {
            permits.release();
        }
    }
}
