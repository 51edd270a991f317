package org.defendersdays.identity.domain.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TotpSecretTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void aNewSecretHas160BitsAnd32Base32Characters() {
        TotpSecret secret = TotpSecret.generate(RANDOM);

        assertThat(secret.bytes()).hasSize(20);
        assertThat(secret.base32()).hasSize(32).matches("[A-Z2-7]{32}");
    }

    @Test
    void everyNewSecretIsDifferent() {
        Set<TotpSecret> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(TotpSecret.generate(RANDOM));
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void aStoredSecretReadsBackEqual() {
        TotpSecret secret = TotpSecret.generate(RANDOM);

        assertThat(TotpSecret.of(secret.bytes())).isEqualTo(secret).hasSameHashCodeAs(secret);
        assertThat(TotpSecret.fromBase32(secret.base32())).isEqualTo(secret);
        assertThat(TotpSecret.fromBase32(secret.base32ForTyping().toLowerCase())).isEqualTo(secret);
    }

    @Test
    void itIsGroupedInFoursForTyping() {
        TotpSecret secret = TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        assertThat(secret.base32ForTyping()).isEqualTo("GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
    }

    @Test
    void secretsShorterThan128BitsAreRefused() {
        assertThatThrownBy(() -> TotpSecret.of(new byte[15])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itCannotBeChangedFromOutside() {
        byte[] bytes = new byte[20];
        TotpSecret secret = TotpSecret.of(bytes);
        bytes[0] = 1;
        secret.bytes()[1] = 1;

        assertThat(secret.bytes()).containsOnly(0);
    }

    @Test
    void itNeverShowsItself() {
        assertThat(TotpSecret.generate(RANDOM)).hasToString("TotpSecret[redacted]");
    }
}
