package org.defendersdays.identity.domain.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.identity.domain.secret.SecretCheck;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.junit.jupiter.api.Test;

class RecoveryCodesTest {

    /** A stand-in for the real hasher: the "hash" is the code behind a prefix. */
    private static final SecretCheck CHECK = (secret, hash) -> hash.encoded().equals("hash:" + secret.canonicalText());

    private static final RecoveryCodes THREE = new RecoveryCodes(List.of(
            new SecretHash("hash:aaaaabbbbb"), new SecretHash("hash:cccccddddd"), new SecretHash("hash:eeeeefffff")));

    private static RecoveryCode code(String typed) {
        return RecoveryCode.parse(typed).orElseThrow();
    }

    @Test
    void redeemingACodeLeavesTheOthers() {
        RecoveryCodes left = THREE.redeem(code("ccccc-ddddd"), CHECK).orElseThrow();

        assertThat(left.remaining()).isEqualTo(2);
        assertThat(left.hashes()).extracting(SecretHash::encoded).containsExactly("hash:aaaaabbbbb", "hash:eeeeefffff");
    }

    @Test
    void aCodeWorksOnlyOnce() {
        RecoveryCodes left = THREE.redeem(code("cccccddddd"), CHECK).orElseThrow();

        assertThat(left.redeem(code("cccccddddd"), CHECK)).isEmpty();
    }

    @Test
    void anUnknownCodeRedeemsNothing() {
        assertThat(THREE.redeem(code("ggggghhhhh"), CHECK)).isEmpty();
    }

    @Test
    void onceAllAreRedeemedTheSetIsUsedUp() {
        RecoveryCodes left = THREE;
        for (String typed : List.of("eeeeefffff", "aaaaabbbbb", "cccccddddd")) {
            left = left.redeem(code(typed), CHECK).orElseThrow();
        }
        assertThat(left.isUsedUp()).isTrue();
        assertThat(left.redeem(code("aaaaabbbbb"), CHECK)).isEmpty();
    }

    @Test
    void checkingStopsAtTheMatch() {
        AtomicInteger checks = new AtomicInteger();
        SecretCheck counting = (secret, hash) -> {
            checks.incrementAndGet();
            return CHECK.matches(secret, hash);
        };

        THREE.redeem(code("aaaaabbbbb"), counting);

        assertThat(checks).hasValue(1);
    }

    @Test
    void theStoredSetCannotBeChangedFromOutside() {
        List<SecretHash> hashes = new java.util.ArrayList<>(List.of(new SecretHash("hash:aaaaabbbbb")));
        RecoveryCodes codes = new RecoveryCodes(hashes);
        hashes.clear();

        assertThat(codes.remaining()).isEqualTo(1);
    }
}
