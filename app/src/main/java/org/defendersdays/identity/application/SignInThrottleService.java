package org.defendersdays.identity.application;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.defendersdays.identity.application.port.in.ThrottleSignInUseCase;
import org.defendersdays.identity.application.port.out.AttemptAllowances;
import org.defendersdays.identity.application.port.out.AttemptAllowances.Kind;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.defendersdays.sharedkernel.audit.AuditEntry.Outcome;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in throttling. Allowances are keyed by an HMAC of the normalised address (and of the client
 * address) under a key made at start and never stored, so the keys in memory cannot be reversed
 * by trying a list of known addresses. An attempt is taken before the password is checked and
 * given back when it succeeds, so parallel guesses cannot slip past the limit.
 */
public class SignInThrottleService implements ThrottleSignInUseCase {

    private static final int MAX_TYPED_LENGTH = 320;

    private final AttemptAllowances allowances;
    private final AuditTrail audit;
    private final SecretKeySpec key;

    public SignInThrottleService(AttemptAllowances allowances, AuditTrail audit) {
        this.allowances = allowances;
        this.audit = audit;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    @Transactional
    public boolean tryAttempt(String typedEmail, String clientAddress) {
        String account = accountKey(typedEmail);
        String client = clientKey(clientAddress);
        if (!allowances.tryTake(Kind.ACCOUNT, account)) {
            refused("account");
            return false;
        }
        if (!allowances.tryTake(Kind.CLIENT_ADDRESS, client)) {
            allowances.giveBack(Kind.ACCOUNT, account);
            refused("clientAddress");
            return false;
        }
        return true;
    }

    @Override
    public void succeeded(String typedEmail, String clientAddress) {
        allowances.restore(Kind.ACCOUNT, accountKey(typedEmail));
        // A shared address (an office, a NAT) is limited by its failures, not by people signing in.
        allowances.giveBack(Kind.CLIENT_ADDRESS, clientKey(clientAddress));
    }

    private void refused(String limit) {
        audit.record(new AuditEntry(Optional.empty(), "identity.login.throttled", "account", Optional.empty(),
                Outcome.DENIED, Optional.of(limit)));
    }

    /** Normalised like {@code EmailAddress}, but any text is accepted: a malformed address is throttled too. */
    private String accountKey(String typedEmail) {
        String typed = typedEmail == null ? "" : typedEmail.strip().toLowerCase(Locale.ROOT);
        if (typed.length() > MAX_TYPED_LENGTH) {
            typed = typed.substring(0, MAX_TYPED_LENGTH);
        }
        return hmac("account:" + typed);
    }

    private String clientKey(String clientAddress) {
        return hmac("client:" + (clientAddress == null ? "" : clientAddress));
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
