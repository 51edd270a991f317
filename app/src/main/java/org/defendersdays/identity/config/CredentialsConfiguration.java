package org.defendersdays.identity.config;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;

import org.defendersdays.identity.application.PasswordPolicyService;
import org.defendersdays.identity.application.RecoveryCodeService;
import org.defendersdays.identity.application.TotpService;
import org.defendersdays.identity.application.port.out.CommonPasswords;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.application.port.out.QrCodes;
import org.defendersdays.identity.application.port.out.TotpCodes;
import org.defendersdays.identity.domain.password.PasswordPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires identity's credential use cases explicitly, so the application layer needs no Spring
 * stereotypes; the adapters are found by component scanning.
 */
@Configuration(proxyBeanMethods = false)
public class CredentialsConfiguration {

    /**
     * The name authenticator apps show above the code. Anyone holding the phone reads it, so a
     * deployment whose users risk having their phones searched may choose a plainer name.
     */
    static final String DEFAULT_ISSUER = "Defenders' Days";

    /** Words naming this service that a password may not contain (compared folded and compacted). */
    static final String DEFAULT_SERVICE_WORDS = "Defenders' Days,Defenders";

    @Bean
    PasswordPolicyService passwordPolicyService(CommonPasswords commonPasswords,
            @Value("${identity.password.service-words:" + DEFAULT_SERVICE_WORDS + "}") String[] serviceWords) {
        return new PasswordPolicyService(new PasswordPolicy(List.of(serviceWords)), commonPasswords);
    }


    @Bean
    TotpService totpService(TotpCodes codes, QrCodes qrCodes,
            @Value("${identity.totp.issuer:" + DEFAULT_ISSUER + "}") String issuer) {
        return new TotpService(codes, qrCodes, Clock.systemUTC(), new SecureRandom(), issuer);
    }

    @Bean
    RecoveryCodeService recoveryCodeService(PasswordHasher hasher) {
        return new RecoveryCodeService(hasher, new SecureRandom());
    }
}
