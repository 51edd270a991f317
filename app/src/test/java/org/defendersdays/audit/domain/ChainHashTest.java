package org.defendersdays.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.junit.jupiter.api.Test;

/**
 * The chain hash against fixed vectors. The expected values were computed outside Java (Python's
 * hashlib over the encoding described in {@link ChainHash}), so a change to the encoding, which would
 * make every stored hash unverifiable, fails here.
 */
class ChainHashTest {

    static final PersonId ACTOR = new PersonId(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    static final Instant TIME = Instant.parse("2026-11-23T20:19:44.123456Z");
    static final String FIRST = "6e7d65a20418ce5697405c3db25ab3eeac6a38ca6cd2cc36669861fa511baa57";
    static final String SECOND = "b5e1dab3598bd968f2d4f135542e9a558165e7c2c54f2334c8f10e5eb33624f9";

    static ChainHash first() {
        return ChainHash.of(1, TIME, Optional.of(ACTOR), "identity.login.succeeded", "account", Optional.of("42"),
                Outcome.SUCCESS, Optional.empty(), ChainHash.GENESIS);
    }

    @Test
    void theHashOfAKnownRecordIsTheKnownVector() {
        assertThat(first().hex()).isEqualTo(FIRST);
    }

    @Test
    void theNextRecordChainsThePreviousHash() {
        ChainHash second = ChainHash.of(2, Instant.parse("2026-11-23T20:19:45Z"), Optional.empty(),
                "identity.role.granted", "account", Optional.empty(), Outcome.DENIED, Optional.of("PLATFORM_ADMIN"),
                first());

        assertThat(second.hex()).isEqualTo(SECOND);
    }

    @Test
    void changingAnyFieldChangesTheHash() {
        String base = first().hex();

        assertThat(ChainHash.of(2, TIME, Optional.of(ACTOR), "identity.login.succeeded", "account", Optional.of("42"),
                Outcome.SUCCESS, Optional.empty(), ChainHash.GENESIS).hex()).isNotEqualTo(base);
        assertThat(ChainHash.of(1, TIME.plusNanos(1_000), Optional.of(ACTOR), "identity.login.succeeded", "account",
                Optional.of("42"), Outcome.SUCCESS, Optional.empty(), ChainHash.GENESIS).hex()).isNotEqualTo(base);
        assertThat(ChainHash.of(1, TIME, Optional.empty(), "identity.login.succeeded", "account", Optional.of("42"),
                Outcome.SUCCESS, Optional.empty(), ChainHash.GENESIS).hex()).isNotEqualTo(base);
        assertThat(ChainHash.of(1, TIME, Optional.of(ACTOR), "identity.login.succeeded", "account", Optional.of("42"),
                Outcome.FAILURE, Optional.empty(), ChainHash.GENESIS).hex()).isNotEqualTo(base);
        assertThat(ChainHash.of(1, TIME, Optional.of(ACTOR), "identity.login.succeeded", "account", Optional.of("42"),
                Outcome.SUCCESS, Optional.empty(), new ChainHash("1".repeat(64))).hex()).isNotEqualTo(base);
    }

    /** With plain concatenation "account"+"42" and "account4"+"2" would read the same. */
    @Test
    void movingTheBoundaryBetweenTwoFieldsChangesTheHash() {
        ChainHash split = ChainHash.of(1, TIME, Optional.of(ACTOR), "identity.login.succeeded", "account4",
                Optional.of("2"), Outcome.SUCCESS, Optional.empty(), ChainHash.GENESIS);

        assertThat(split.hex()).isNotEqualTo(FIRST);
    }

    @Test
    void anAbsentValueIsNotAnEmptyOne() {
        ChainHash absent = ChainHash.of(1, TIME, Optional.empty(), "a.b", "account", Optional.empty(), Outcome.SUCCESS,
                Optional.empty(), ChainHash.GENESIS);
        ChainHash empty = ChainHash.of(1, TIME, Optional.empty(), "a.b", "account", Optional.of(""), Outcome.SUCCESS,
                Optional.empty(), ChainHash.GENESIS);

        assertThat(absent).isNotEqualTo(empty);
    }

    @Test
    void onlySixtyFourLowercaseHexDigitsAreAHash() {
        assertThat(ChainHash.GENESIS.hex()).hasSize(64).containsOnlyDigits();
        assertThatThrownBy(() -> new ChainHash("ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainHash("A".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChainHash(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
