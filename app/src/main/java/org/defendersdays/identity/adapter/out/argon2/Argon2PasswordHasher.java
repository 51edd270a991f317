package org.defendersdays.identity.adapter.out.argon2;

import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.domain.secret.Secret;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id (RFC 9106), the first choice of OWASP's Password Storage Cheat Sheet, through Spring
 * Security's encoder. One hash takes 20-30 ms on the 2-core build machine (see
 * docs/benchmarks/password-hashing.md). Settings come from {@code identity.password.argon2.*}.
 */
@Component
class Argon2PasswordHasher implements PasswordHasher {

    private static final String ARGON2_PREFIX = "$argon2";
    private static final String ARGON2ID_PREFIX = "$argon2id$";

    private final Argon2PasswordEncoder encoder;
    private final ConcurrencyLimit limit;

    @Autowired
    Argon2PasswordHasher(
            @Value("${identity.password.argon2.memory-kib:" + Argon2Settings.DEFAULT_MEMORY_KIB + "}") int memoryKib,
            @Value("${identity.password.argon2.iterations:" + Argon2Settings.DEFAULT_ITERATIONS + "}") int iterations,
            @Value("${identity.password.argon2.parallelism:" + Argon2Settings.DEFAULT_PARALLELISM + "}") int parallelism,
            @Value("${identity.password.argon2.max-concurrent-hashes:0}") int maxConcurrentHashes) {
        this(new Argon2Settings(memoryKib, iterations, parallelism,
                maxConcurrentHashes > 0 ? maxConcurrentHashes : Argon2Settings.defaultConcurrency()));
    }

    Argon2PasswordHasher(Argon2Settings settings) {
        this.encoder = new Argon2PasswordEncoder(Argon2Settings.SALT_BYTES, Argon2Settings.HASH_BYTES,
                settings.parallelism(), settings.memoryKib(), settings.iterations());
        this.limit = new ConcurrencyLimit(settings.maxConcurrentHashes());
    }

    @Override
    public SecretHash hash(Secret secret) {
        return new SecretHash(limit.run(() -> encoder.encode(secret.canonicalText())));
    }

    /** A hash of another algorithm matches nothing here (and is not logged as malformed). */
    @Override
    public boolean matches(Secret secret, SecretHash hash) {
        if (!hash.encoded().startsWith(ARGON2_PREFIX)) {
            return false;
        }
        return limit.run(() -> encoder.matches(secret.canonicalText(), hash.encoded()));
    }

    @Override
    public boolean needsRehash(SecretHash hash) {
        String encoded = hash.encoded();
        if (!encoded.startsWith(ARGON2ID_PREFIX)) {
            return true;
        }
        try {
            return encoder.upgradeEncoding(encoded);
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
