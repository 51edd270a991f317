package org.defendersdays.identity.domain.recovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.identity.domain.secret.SecretCheck;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.jmolecules.ddd.types.ValueObject;

/**
 * An account's unused recovery codes, kept only as hashes. Redeeming a code gives the set without
 * it, so each code opens the account once (ASVS 5.0 6.5.1).
 *
 * <p>Why the hashes are Argon2id and not SHA-256: a code carries about 49.5 bits, and ASVS 5.0
 * 6.5.2 allows a plain hash only from 112 bits on. With a fast hash, whoever steals the table
 * finds one of ten codes in about 2^46 SHA-256 guesses, about an hour on one GPU; with Argon2id and a 128-bit
 * salt per code it is out of reach. The price is one Argon2id check per unused code at
 * redemption, a rare event.
 */
public record RecoveryCodes(List<SecretHash> hashes) implements ValueObject {

    public static final int ISSUED = 10;

    public RecoveryCodes {
        hashes = List.copyOf(hashes);
    }

    /**
     * The codes left once the presented one is used, or nothing if it is none of the unused
     * codes. The caller stores the result in place of this set.
     */
    public Optional<RecoveryCodes> redeem(RecoveryCode presented, SecretCheck check) {
        Objects.requireNonNull(presented, "presented");
        Objects.requireNonNull(check, "check");
        for (int i = 0; i < hashes.size(); i++) {
            if (check.matches(presented, hashes.get(i))) {
                List<SecretHash> left = new ArrayList<>(hashes);
                left.remove(i);
                return Optional.of(new RecoveryCodes(left));
            }
        }
        return Optional.empty();
    }

    public int remaining() {
        return hashes.size();
    }

    public boolean isUsedUp() {
        return hashes.isEmpty();
    }
}
