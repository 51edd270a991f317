package org.defendersdays.identity.adapter.in.security;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.application.port.in.RecordSignInUseCase;
import org.defendersdays.identity.application.port.in.SignInLookupUseCase;
import org.defendersdays.identity.application.port.in.SignInLookupUseCase.SignInAccount;
import org.defendersdays.identity.domain.SignInStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in with a passkey: the browser asks for a challenge, the authenticator signs it after
 * checking the person (user verification is required), and the platform verifies the signature.
 * That is both factors at once, so the session starts "with second factor", under a new session id
 * and a new CSRF token. Every failure gets the same answer, whatever its cause.
 */
@RestController
class PasskeySignInController {

    private static final Logger LOG = LoggerFactory.getLogger(PasskeySignInController.class);
    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private final WebAuthnRelyingPartyOperations relyingParty;
    private final SignInLookupUseCase accounts;
    private final RecordSignInUseCase record;
    private final PasskeyCeremonyJson json;
    private final PublicKeyCredentialRequestOptionsRepository pendingCeremonies =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();
    private final SessionAuthenticationStrategy newCsrfToken =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());
    private final RequestCache savedRequests = new HttpSessionRequestCache();

    PasskeySignInController(WebAuthnRelyingPartyOperations relyingParty, SignInLookupUseCase accounts,
            RecordSignInUseCase record, PasskeyCeremonyJson json) {
        this.relyingParty = relyingParty;
        this.accounts = accounts;
        this.record = record;
        this.json = json;
    }

    @PostMapping("/login/passkey/options")
    ResponseEntity<?> signInOptions(HttpServletRequest request, HttpServletResponse response) {
        PublicKeyCredentialRequestOptions options = relyingParty.createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(null));
        pendingCeremonies.save(request, response, options);
        return json.options(options);
    }

    @PostMapping("/login/passkey")
    ResponseEntity<?> signIn(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        PublicKeyCredentialRequestOptions options = pendingCeremonies.load(request);
        pendingCeremonies.save(request, response, null);
        if (options == null) {
            return json.problem(HttpStatus.BAD_REQUEST, "identity.passkey.noCeremony", locale);
        }
        PublicKeyCredentialUserEntity user;
        try {
            PublicKeyCredential<AuthenticatorAssertionResponse> assertion = json.readAssertion(request);
            user = relyingParty.authenticate(new RelyingPartyAuthenticationRequest(options, assertion));
        } catch (DataAccessException databaseTrouble) {
            throw databaseTrouble;
        } catch (RuntimeException notVerified) {
            // Forged or damaged input fails in WebAuthn4J's parsers and checks in many ways (its own
            // exceptions, Jackson's, illegal arguments): each is a ceremony that did not verify.
            LOG.debug("Passkey sign-in not verified: {}", notVerified.getClass().getSimpleName());
            record.failedWithPasskey(Optional.empty(), "passkeyNotVerified");
            return json.problem(HttpStatus.UNAUTHORIZED, "identity.passkey.signInFailed", locale);
        }
        Optional<SignInAccount> account = accounts.forPasskeyUser(user.getId().getBytes());
        if (account.isEmpty() || !account.get().canSignIn()) {
            record.failedWithPasskey(account.map(SignInAccount::id), "accountCannotSignIn");
            return json.problem(HttpStatus.UNAUTHORIZED, "identity.passkey.signInFailed", locale);
        }
        startSession(account.get(), request, response);
        record.succeededWithPasskey(account.get().id());
        return json.done(whereTheyWereGoing(request, response));
    }

    private void startSession(SignInAccount account, HttpServletRequest request, HttpServletResponse response) {
        SignedInPerson person = new SignedInPerson(account.id().value(), account.displayName(), account.roles(),
                null, true, SignInStage.WITH_SECOND_FACTOR);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities());
        request.getSession();
        request.changeSessionId();
        newCsrfToken.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }

    /**
     * The page that sent them to sign in (a request this server saved, so its path is ours), or
     * their account page. Only the path and query are kept, so the answer can never lead elsewhere.
     */
    private String whereTheyWereGoing(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = savedRequests.getRequest(request, response);
        savedRequests.removeRequest(request, response);
        if (saved != null) {
            URI target = URI.create(saved.getRedirectUrl());
            String path = target.getRawPath();
            if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
            }
        }
        return "/account";
    }
}
