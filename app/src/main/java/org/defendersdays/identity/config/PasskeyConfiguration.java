package org.defendersdays.identity.config;

import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * The platform as a WebAuthn relying party (Spring Security's, verifying with WebAuthn4J).
 *
 * <p>A passkey stands for both factors only because the authenticator checks the person itself (a
 * fingerprint, a face, a device PIN), so user verification is required at registration and at
 * every sign-in, and passkeys are discoverable: signing in needs no address typed.
 *
 * <p>The origin is the platform's public address ({@code identity.passkeys.origin}, such as
 * {@code https://defendersdays.example}); the relying-party id defaults to its host. Without one,
 * the local server's own address is taken, which suits development, the demo and tests: the port
 * is known only once the server runs, so the relying party is built on first use.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    @Bean
    WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials, Environment environment,
            @Value("${identity.passkeys.origin:}") String configuredOrigin,
            @Value("${identity.passkeys.rp-id:}") String configuredRpId,
            @Value("${identity.passkeys.rp-name:" + CredentialsConfiguration.DEFAULT_ISSUER + "}") String rpName) {
        return new BuiltOnFirstUse(SingletonSupplier.of(() -> {
            String origin = configuredOrigin.isBlank()
                    ? "http://localhost:" + environment.getRequiredProperty("local.server.port")
                    : configuredOrigin.replaceAll("/+$", "");
            String rpId = configuredRpId.isBlank() ? URI.create(origin).getHost() : configuredRpId;
            Webauthn4JRelyingPartyOperations relyingParty = new Webauthn4JRelyingPartyOperations(userEntities,
                    credentials, PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build(), Set.of(origin));
            relyingParty.setCustomizeCreationOptions(options -> options.authenticatorSelection(
                    AuthenticatorSelectionCriteria.builder()
                            .residentKey(ResidentKeyRequirement.REQUIRED)
                            .userVerification(UserVerificationRequirement.REQUIRED)
                            .build()));
            relyingParty.setCustomizeRequestOptions(
                    options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            return relyingParty;
        }));
    }

    /** Hands every call to the relying party, built when first needed. */
    private record BuiltOnFirstUse(Supplier<WebAuthnRelyingPartyOperations> relyingParty)
            implements WebAuthnRelyingPartyOperations {

        @Override
        public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
                PublicKeyCredentialCreationOptionsRequest request) {
            return relyingParty.get().createPublicKeyCredentialCreationOptions(request);
        }

        @Override
        public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
            return relyingParty.get().registerCredential(request);
        }

        @Override
        public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
                PublicKeyCredentialRequestOptionsRequest request) {
            return relyingParty.get().createCredentialRequestOptions(request);
        }

        @Override
        public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
            return relyingParty.get().authenticate(request);
        }
    }
}
