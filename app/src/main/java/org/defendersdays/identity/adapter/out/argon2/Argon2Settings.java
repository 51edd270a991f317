package org.defendersdays.identity.adapter.out.argon2;

import java.util.List;

/**
 * Argon2id cost settings. The defaults are OWASP's Password Storage Cheat Sheet recommendation
 * (m = 19 MiB, t = 2, p = 1); anything weaker than all of OWASP's equivalent settings is refused
 * at startup, so a typo in the configuration cannot quietly weaken every new hash.
 *
 * @param memoryKib           memory per hash, in KiB
 * @param iterations          passes over the memory
 * @param parallelism         lanes
 * @param maxConcurrentHashes hashes computed at the same time; more wait their turn, so a flood
 *                            of sign-ins cannot take memory x requests (with virtual threads,
 *                            nothing else bounds it)
 */
record Argon2Settings(int memoryKib, int iterations, int parallelism, int maxConcurrentHashes) {

    static final int DEFAULT_MEMORY_KIB = 19 * 1024;
    static final int DEFAULT_ITERATIONS = 2;
    static final int DEFAULT_PARALLELISM = 1;

    /** 128-bit salt and 256-bit hash, as RFC 9106 recommends. */
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;

    /** OWASP's equivalent settings (memory KiB, iterations): the floor is the weakest of them. */
    private static final List<int[]> OWASP_EQUIVALENTS = List.of(
            new int[] {47104, 1}, new int[] {19456, 2}, new int[] {12288, 3}, new int[] {9216, 4}, new int[] {7168, 5});

    Argon2Settings {
        if (parallelism < 1 || maxConcurrentHashes < 1) {
            throw new IllegalArgumentException("Argon2 parallelism and concurrent hashes must be at least 1");
        }
        if (OWASP_EQUIVALENTS.stream().noneMatch(owasp -> memoryKib >= owasp[0] && iterations >= owasp[1])) {
            throw new IllegalArgumentException("Argon2id m=" + memoryKib + " KiB, t=" + iterations
                    + " is weaker than OWASP's recommendation (m=19456 KiB, t=2, or an equivalent)");
        }
    }

    static Argon2Settings owaspDefaults() {
        return new Argon2Settings(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM, defaultConcurrency());
    }

    /** Two per core: enough to keep the cores busy, few enough to bound memory (76 MiB on 2 cores). */
    static int defaultConcurrency() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }
}
