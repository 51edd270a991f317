package org.defendersdays.identity.adapter.out.argon2;

import java.util.Arrays;

import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.secret.SecretHash;

/**
 * Prints how long one Argon2id hash and one check take with the default settings on this
 * machine. Not a test (a timing that fails a build on a busy machine proves nothing); run it as
 * docs/benchmarks/password-hashing.md says.
 */
public final class Argon2HashingTime {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 30;

    private Argon2HashingTime() {
    }

    public static void main(String[] args) {
        Argon2Settings settings = Argon2Settings.owaspDefaults();
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(settings);
        Password password = Password.of("tangerine orbit velvet harbour");
        SecretHash hash = hasher.hash(password);
        for (int i = 0; i < WARM_UP; i++) {
            hasher.matches(password, hasher.hash(password));
        }
        double[] hashing = new double[MEASURED];
        double[] checking = new double[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            hasher.hash(password);
            long middle = System.nanoTime();
            hasher.matches(password, hash);
            long end = System.nanoTime();
            hashing[i] = (middle - start) / 1e6;
            checking[i] = (end - middle) / 1e6;
        }
        System.out.printf("Argon2id m=%d KiB, t=%d, p=%d on %d cores, Java %s%n", settings.memoryKib(), settings.iterations(),
                settings.parallelism(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("hash:  median %.1f ms, fastest %.1f ms, slowest %.1f ms (%d runs)%n", median(hashing), min(hashing),
                max(hashing), MEASURED);
        System.out.printf("check: median %.1f ms, fastest %.1f ms, slowest %.1f ms (%d runs)%n", median(checking), min(checking),
                max(checking), MEASURED);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
