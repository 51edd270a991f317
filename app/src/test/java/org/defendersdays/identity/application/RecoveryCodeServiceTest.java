package org.defendersdays.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.NewRecoveryCodes;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.recovery.RecoveryCodes;
import org.defendersdays.identity.domain.secret.Secret;
import org.defendersdays.identity.domain.secret.SecretHash;
import org.junit.jupiter.api.Test;

/** With a fast stand-in hasher; the real Argon2id hasher is tested in its adapter. */
class RecoveryCodeServiceTest {

    private static final PasswordHasher FAKE_HASHER = new PasswordHasher() {

        @Override
        public SecretHash hash(Secret secret) {
            return new SecretHash("fake:" + secret.canonicalText());
        }

        @Override
        public boolean matches(Secret secret, SecretHash hash) {
            return hash.encoded().equals("fake:" + secret.canonicalText());
        }

        @Override
        public boolean needsRehash(SecretHash hash) {
            return false;
        }
    };

    private final RecoveryCodeService service = new RecoveryCodeService(FAKE_HASHER, new SecureRandom());

    @Test
    void tenDifferentCodesAreIssuedAndOnlyTheirHashesAreKept() {
        NewRecoveryCodes issued = service.issue();

        assertThat(issued.toShowOnce()).hasSize(10).extracting(RecoveryCode::canonicalText).doesNotHaveDuplicates();
        assertThat(issued.toStore().remaining()).isEqualTo(10);
        assertThat(issued.toStore().hashes()).extracting(SecretHash::encoded)
                .containsExactlyElementsOf(issued.toShowOnce().stream().map(code -> "fake:" + code.canonicalText()).toList());
    }

    @Test
    void eachCodeRedeemsOnceAsTypedInAnyCase() {
        NewRecoveryCodes issued = service.issue();
        RecoveryCodes unused = issued.toStore();

        for (RecoveryCode code : issued.toShowOnce()) {
            String typed = code.formatted().toUpperCase(Locale.ROOT);
            RecoveryCodes left = service.redeem(unused, typed).orElseThrow();
            assertThat(left.remaining()).isEqualTo(unused.remaining() - 1);
            assertThat(service.redeem(left, typed)).isEmpty();
            unused = left;
        }
        assertThat(unused.isUsedUp()).isTrue();
    }

    @Test
    void somethingThatIsNoCodeRedeemsNothing() {
        RecoveryCodes unused = service.issue().toStore();

        assertThat(service.redeem(unused, "not a code")).isEqualTo(Optional.empty());
        assertThat(service.redeem(unused, "")).isEmpty();
    }

    @Test
    void aNewSetSharesNoCodeWithTheLast() {
        NewRecoveryCodes first = service.issue();
        NewRecoveryCodes second = service.issue();

        for (RecoveryCode code : first.toShowOnce()) {
            assertThat(service.redeem(second.toStore(), code.formatted())).isEmpty();
        }
    }
}
