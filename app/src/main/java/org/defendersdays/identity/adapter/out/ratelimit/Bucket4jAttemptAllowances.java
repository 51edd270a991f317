package org.defendersdays.identity.adapter.out.ratelimit;

import java.time.Duration;

import org.defendersdays.identity.application.port.out.AttemptAllowances;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * One token bucket per key and kind. A bucket left alone longer than it takes to refill completely
 * is forgotten, which is the same as a full one, so the map stays small; its size is bounded too,
 * so a flood of made-up addresses cannot exhaust memory. Buckets live in this instance's memory:
 * with several instances each limits on its own (see docs/operations.md).
 */
@Component
class Bucket4jAttemptAllowances implements AttemptAllowances {

    private static final long MAX_KEYS = 200_000;

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> clientAddresses;
    private final int accountAttempts;
    private final Duration accountRefill;
    private final int addressAttempts;
    private final Duration addressPeriod;

    Bucket4jAttemptAllowances(
            @Value("${defendersdays.sign-in.throttle.account-attempts:5}") int accountAttempts,
            @Value("${defendersdays.sign-in.throttle.account-refill-every:5m}") Duration accountRefill,
            @Value("${defendersdays.sign-in.throttle.address-attempts:30}") int addressAttempts,
            @Value("${defendersdays.sign-in.throttle.address-period:10m}") Duration addressPeriod) {
        this.accountAttempts = accountAttempts;
        this.accountRefill = accountRefill;
        this.addressAttempts = addressAttempts;
        this.addressPeriod = addressPeriod;
        this.accounts = boundedMap(accountRefill.multipliedBy(accountAttempts));
        this.clientAddresses = boundedMap(addressPeriod);
    }

    private static Cache<String, Bucket> boundedMap(Duration timeToRefillCompletely) {
        return Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterAccess(timeToRefillCompletely).build();
    }

    @Override
    public boolean tryTake(Kind kind, String key) {
        return bucket(kind, key).tryConsume(1);
    }

    @Override
    public void giveBack(Kind kind, String key) {
        bucket(kind, key).addTokens(1);
    }

    @Override
    public void restore(Kind kind, String key) {
        (kind == Kind.ACCOUNT ? accounts : clientAddresses).invalidate(key);
    }

    private Bucket bucket(Kind kind, String key) {
        return switch (kind) {
            // After the first few failures, one more attempt every few minutes: slow enough to stop guessing,
            // quick enough that the owner is never locked out for long.
            case ACCOUNT -> accounts.get(key, unused -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(accountAttempts).refillIntervally(1, accountRefill))
                    .build());
            case CLIENT_ADDRESS -> clientAddresses.get(key, unused -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(addressAttempts).refillIntervally(addressAttempts, addressPeriod))
                    .build());
        };
    }
}
