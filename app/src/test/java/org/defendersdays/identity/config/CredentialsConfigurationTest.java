package org.defendersdays.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.defendersdays.identity.application.port.in.CandidatePassword;
import org.defendersdays.identity.application.port.in.CheckNewPasswordUseCase;
import org.defendersdays.identity.application.port.in.IssueRecoveryCodesUseCase;
import org.defendersdays.identity.application.port.in.PasswordRejected;
import org.defendersdays.identity.application.port.in.RedeemRecoveryCodeUseCase;
import org.defendersdays.identity.application.port.in.SetUpTotpUseCase;
import org.defendersdays.identity.application.port.in.VerifyTotpCodeUseCase;
import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.password.PasswordOwner;
import org.defendersdays.identity.domain.password.PasswordViolation;
import org.defendersdays.identity.domain.totp.TotpLabel;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The credential use cases and adapters in a small Spring context, with their settings. */
class CredentialsConfigurationTest {

    /** The credential adapters only: identity's other adapters need a database and mail. */
    @Configuration(proxyBeanMethods = false)
    @ComponentScan({"org.defendersdays.identity.adapter.out.argon2", "org.defendersdays.identity.adapter.out.commonpasswords",
        "org.defendersdays.identity.adapter.out.otp", "org.defendersdays.identity.adapter.out.qr"})
    @Import(CredentialsConfiguration.class)
    static class Credentials {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Credentials.class);

    private static CandidatePassword candidate(String password) {
        return new CandidatePassword(Password.of(password), PasswordOwner.of(null, null));
    }

    @Test
    void everyCredentialUseCaseIsThere() {
        context.run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(CheckNewPasswordUseCase.class)
                .hasSingleBean(SetUpTotpUseCase.class)
                .hasSingleBean(VerifyTotpCodeUseCase.class)
                .hasSingleBean(IssueRecoveryCodesUseCase.class)
                .hasSingleBean(RedeemRecoveryCodeUseCase.class)
                .hasSingleBean(PasswordHasher.class));
    }

    @Test
    void theDefaultsRefuseCommonPasswordsAndTheServiceName() {
        context.run(context -> {
            CheckNewPasswordUseCase check = context.getBean(CheckNewPasswordUseCase.class);
            assertThat(check.check(candidate("QWERTYUIOP12")).violations()).containsExactly(PasswordViolation.COMMONLY_USED);
            assertThat(check.check(candidate("Defenders' Days 2028")).violations())
                    .containsExactly(PasswordViolation.CONTAINS_SERVICE_NAME);
            assertThat(context.getBean(SetUpTotpUseCase.class).start(new TotpLabel("Maria")).keyUri().value())
                    .startsWith("otpauth://totp/Defenders%27%20Days:Maria?secret=");
        });
    }

    @Test
    void theAccountUseCasesGetThePolicyAsMessageKeys() {
        context.run(context -> {
            CheckNewPasswordUseCase policy = context.getBean(CheckNewPasswordUseCase.class);
            assertThatThrownBy(() -> policy.requireAcceptable("Password", "maria.lopez", "Maria L\u00f3pez"))
                    .isInstanceOfSatisfying(PasswordRejected.class, rejected -> assertThat(rejected.reasons())
                            .containsExactly("identity.password.tooShort", "identity.password.breached"));
            assertThatThrownBy(() -> policy.requireAcceptable("maria-lopez-in-geneva", "maria.lopez", "Maria"))
                    .isInstanceOfSatisfying(PasswordRejected.class, rejected -> assertThat(rejected.reasons())
                            .containsExactly("identity.password.containsPersonalInfo"));
            assertThatCode(() -> policy.requireAcceptable("tangerine orbit velvet harbour", "maria.lopez", "Maria"))
                    .doesNotThrowAnyException();
        });
    }

    @Test
    void theIssuerAndServiceWordsCanBeChanged() {
        context.withPropertyValues("identity.totp.issuer=Reading Circle", "identity.password.service-words=Reading Circle,Bookworm")
                .run(context -> {
                    assertThat(context.getBean(SetUpTotpUseCase.class).start(new TotpLabel("Maria")).keyUri().value())
                            .startsWith("otpauth://totp/Reading%20Circle:Maria?secret=").endsWith("&issuer=Reading%20Circle");
                    CheckNewPasswordUseCase check = context.getBean(CheckNewPasswordUseCase.class);
                    assertThat(check.check(candidate("bookworms of the night")).violations())
                            .containsExactly(PasswordViolation.CONTAINS_SERVICE_NAME);
                    assertThat(check.check(candidate("Defenders' Days 2028")).isAcceptable()).isTrue();
                });
    }

    @Test
    void strongerArgon2SettingsAreTakenUp() {
        context.withPropertyValues("identity.password.argon2.memory-kib=47104", "identity.password.argon2.iterations=1")
                .run(context -> assertThat(context.getBean(PasswordHasher.class).hash(Password.of("tangerine orbit velvet"))
                        .encoded()).startsWith("$argon2id$v=19$m=47104,t=1,p=1$"));
    }

    @Test
    void weakerArgon2SettingsStopTheApplication() {
        context.withPropertyValues("identity.password.argon2.memory-kib=4096")
                .run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("weaker than OWASP"));
    }
}
