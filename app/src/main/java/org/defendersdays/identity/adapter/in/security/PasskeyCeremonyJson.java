package org.defendersdays.identity.adapter.in.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of passkey ceremonies, in the shapes Spring Security's WebAuthn support reads and writes
 * (base64url for binary values). Bodies are bounded: a real one is a few kilobytes.
 */
@Component
class PasskeyCeremonyJson {

    static final int MAX_BODY_BYTES = 64 * 1024;

    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();
    private final JavaType assertion = json.getTypeFactory()
            .constructParametricType(PublicKeyCredential.class, AuthenticatorAssertionResponse.class);
    private final MessageSource messages;

    PasskeyCeremonyJson(MessageSource messages) {
        this.messages = messages;
    }

    /** A new passkey's attestation and the label the person gave it. */
    RelyingPartyPublicKey readRegistration(HttpServletRequest request) {
        try {
            RegistrationBody registration = json.readValue(body(request), RegistrationBody.class);
            if (registration == null || registration.publicKey() == null) {
                throw new UnreadableCeremony();
            }
            return registration.publicKey();
        } catch (JacksonException | IllegalArgumentException malformed) {
            throw new UnreadableCeremony();
        }
    }

    /** A passkey's signed answer to a sign-in challenge. */
    PublicKeyCredential<AuthenticatorAssertionResponse> readAssertion(HttpServletRequest request) {
        try {
            return json.readValue(body(request), assertion);
        } catch (JacksonException | IllegalArgumentException malformed) {
            throw new UnreadableCeremony();
        }
    }

    /** Ceremony options (which carry a fresh challenge), never cached. */
    ResponseEntity<String> options(Object options) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(options));
    }

    /** Where the browser goes next once a ceremony succeeded. */
    ResponseEntity<String> done(String redirectUrl) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(Map.of("success", true, "authenticated", true,
                        "redirectUrl", redirectUrl)));
    }

    /** A problem detail whose text is in the person's language; the script shows it as it is. */
    ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, null, messageKey, locale));
        problem.setProperty("code", messageKey);
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static byte[] body(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new UnreadableCeremony();
            }
            return body;
        } catch (IOException unreadable) {
            throw new UnreadableCeremony();
        }
    }

    /** What Spring Security's WebAuthn script sends to register: {@code {"publicKey": {"credential", "label"}}}. */
    private record RegistrationBody(RelyingPartyPublicKey publicKey) {
    }

    /** The body was not a ceremony's JSON (or was far too large to be one). */
    static final class UnreadableCeremony extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreadableCeremony() {
            super("unreadable passkey ceremony", null, false, false);
        }
    }
}
