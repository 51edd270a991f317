package org.defendersdays.identity.adapter.out.argon2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;

import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** With the real OWASP settings: each hash takes a few tens of milliseconds. */
class Argon2PasswordHasherTest {

    private static final Argon2PasswordHasher HASHER = new Argon2PasswordHasher(Argon2Settings.owaspDefaults());
    private static final Password PASSWORD = Password.of("tangerine orbit velvet harbour");
    private static final SecretHash PASSWORD_HASH = HASHER.hash(PASSWORD);

    @Test
    void theHashIsArgon2idWithOwaspSettings() {
        assertThat(PASSWORD_HASH.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        assertThat(HASHER.matches(PASSWORD, PASSWORD_HASH)).isTrue();
        assertThat(HASHER.matches(Password.of("tangerine orbit velvet harbor"), PASSWORD_HASH)).isFalse();
        assertThat(HASHER.matches(Password.of("Tangerine orbit velvet harbour"), PASSWORD_HASH)).isFalse();
    }

    @Test
    void everyHashHasItsOwnSalt() {
        SecretHash again = HASHER.hash(PASSWORD);

        assertThat(again.encoded()).isNotEqualTo(PASSWORD_HASH.encoded());
        assertThat(HASHER.matches(PASSWORD, again)).isTrue();
    }

    @Test
    void theSamePasswordTypedWithDecomposedAccentsMatches() {
        SecretHash hash = HASHER.hash(Password.of("caf\u00e9 au lait du matin"));

        assertThat(HASHER.matches(Password.of("cafe\u0301 au lait du matin"), hash)).isTrue();
    }

    @Test
    void recoveryCodesAreHashedTheSameWay() {
        RecoveryCode code = RecoveryCode.generate(new SecureRandom());
        SecretHash hash = HASHER.hash(code);

        assertThat(hash.encoded()).startsWith("$argon2id$").doesNotContain(code.canonicalText());
        assertThat(HASHER.matches(RecoveryCode.parse(code.formatted().toUpperCase()).orElseThrow(), hash)).isTrue();
    }

    @Test
    void callersHoldingTextGetTheSameCanonicalHashing() {
        String hash = HASHER.hash("caf\u00e9 au lait du matin");

        assertThat(hash).startsWith("$argon2id$");
        assertThat(HASHER.matches("cafe\u0301 au lait du matin", hash)).isTrue();
        assertThat(HASHER.matches(Password.of("caf\u00e9 au lait du matin"), new SecretHash(hash))).isTrue();
        assertThat(HASHER.matches("cafe au lait du matin", hash)).isFalse();
        assertThat(HASHER.matches("caf\u00e9 au lait du matin", "")).isFalse();
        assertThat(HASHER.matches("caf\u00e9 au lait du matin", (String) null)).isFalse();
    }

    @Test
    void aHashWithTheCurrentSettingsNeedsNoRehash() {
        assertThat(HASHER.needsRehash(PASSWORD_HASH)).isFalse();
    }

    @Test
    void aHashWithWeakerSettingsNeedsARehash() {
        Argon2PasswordHasher older = new Argon2PasswordHasher(new Argon2Settings(12288, 3, 1, 1));
        SecretHash oldHash = older.hash(PASSWORD);

        assertThat(HASHER.needsRehash(oldHash)).isTrue();
        assertThat(HASHER.matches(PASSWORD, oldHash)).isTrue();
    }

    @Test
    void anotherAlgorithmOrAMalformedHashNeedsARehashAndMatchesNothing() {
        SecretHash bcrypt = new SecretHash("$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy");
        SecretHash argon2i = new SecretHash(PASSWORD_HASH.encoded().replace("$argon2id$", "$argon2i$"));
        SecretHash malformed = new SecretHash("$argon2id$v=19$m=oops");

        assertThat(HASHER.needsRehash(bcrypt)).isTrue();
        assertThat(HASHER.needsRehash(argon2i)).isTrue();
        assertThat(HASHER.needsRehash(malformed)).isTrue();
        assertThat(HASHER.matches(PASSWORD, bcrypt)).isFalse();
        assertThat(HASHER.matches(PASSWORD, malformed)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"47104,1", "19456,2", "12288,3", "9216,4", "7168,5", "65536,3"})
    void owaspsEquivalentSettingsOrStrongerAreAccepted(int memoryKib, int iterations) {
        assertThat(new Argon2Settings(memoryKib, iterations, 1, 1).memoryKib()).isEqualTo(memoryKib);
    }

    @ParameterizedTest
    @CsvSource({"19456,1", "16384,2", "7168,4", "4096,10", "46080,1"})
    void weakerSettingsAreRefused(int memoryKib, int iterations) {
        assertThatThrownBy(() -> new Argon2Settings(memoryKib, iterations, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weaker than OWASP");
    }
}
