package org.defendersdays.identity.application;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.IssueRecoveryCodesUseCase;
import org.defendersdays.identity.application.port.in.NewRecoveryCodes;
import org.defendersdays.identity.application.port.in.RedeemRecoveryCodeUseCase;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.recovery.RecoveryCodes;

/**
 * Issues and redeems recovery codes. They are hashed with the password hasher (Argon2id), for the
 * reason given on {@link RecoveryCodes}.
 */
public class RecoveryCodeService implements IssueRecoveryCodesUseCase, RedeemRecoveryCodeUseCase {

    private final PasswordHasher hasher;
    private final SecureRandom random;

    public RecoveryCodeService(PasswordHasher hasher, SecureRandom random) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public NewRecoveryCodes issue() {
        // Keyed by the code's text, so a (vanishingly unlikely) repeat is drawn again.
        Map<String, RecoveryCode> codes = new LinkedHashMap<>();
        while (codes.size() < RecoveryCodes.ISSUED) {
            RecoveryCode code = RecoveryCode.generate(random);
            codes.putIfAbsent(code.canonicalText(), code);
        }
        List<RecoveryCode> toShow = List.copyOf(codes.values());
        return new NewRecoveryCodes(toShow, new RecoveryCodes(toShow.stream().map(hasher::hash).toList()));
    }

    @Override
    public Optional<RecoveryCodes> redeem(RecoveryCodes unused, String typedCode) {
        Objects.requireNonNull(unused, "unused");
        return RecoveryCode.parse(typedCode).flatMap(code -> unused.redeem(code, hasher::matches));
    }
}
