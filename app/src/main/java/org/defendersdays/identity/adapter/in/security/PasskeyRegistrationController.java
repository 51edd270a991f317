package org.defendersdays.identity.adapter.in.security;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.adapter.in.security.PasskeyCeremonyJson.UnreadableCeremony;
import org.defendersdays.identity.application.port.in.ManagePasskeysUseCase;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.identity.domain.passkey.PasskeyId;
import org.defendersdays.identity.domain.passkey.PasskeyLabel;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A person's passkeys: the list, adding one (a WebAuthn registration ceremony, which needs the
 * page's script), and removing one (a plain form).
 *
 * <p>Passkeys are added only in a session that passed a second factor. So the account already has
 * an authenticator app and recovery codes (losing a passkey never locks anyone out), and a stolen
 * password alone can never add a passkey that would then bypass the second factor.
 */
@Controller
class PasskeyRegistrationController {

    private static final Logger LOG = LoggerFactory.getLogger(PasskeyRegistrationController.class);

    private final ManagePasskeysUseCase passkeys;
    private final WebAuthnRelyingPartyOperations relyingParty;
    private final PasskeyCeremonyJson json;
    private final PublicKeyCredentialCreationOptionsRepository pendingCeremonies =
            new HttpSessionPublicKeyCredentialCreationOptionsRepository();

    PasskeyRegistrationController(ManagePasskeysUseCase passkeys, WebAuthnRelyingPartyOperations relyingParty,
            PasskeyCeremonyJson json) {
        this.passkeys = passkeys;
        this.relyingParty = relyingParty;
        this.json = json;
    }

    @GetMapping("/account/passkeys")
    String page(CurrentPerson person, Model model) {
        model.addAttribute("passkeys", passkeys.passkeys(person.id()));
        model.addAttribute("mayAdd", SignInUpgrade.current().stage() == SignInStage.WITH_SECOND_FACTOR);
        model.addAttribute("labelMaxLength", PasskeyLabel.MAX_LENGTH);
        return "identity/passkeys";
    }

    @PostMapping("/account/passkeys/options")
    ResponseEntity<?> registrationOptions(CurrentPerson person, HttpServletRequest request,
            HttpServletResponse response, Locale locale) {
        if (!passkeys.prepareRegistration(person.id())) {
            return json.problem(HttpStatus.NOT_FOUND, "identity.passkey.noAccount", locale);
        }
        PublicKeyCredentialCreationOptions options = relyingParty.createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(
                        SecurityContextHolder.getContext().getAuthentication()));
        pendingCeremonies.save(request, response, options);
        return json.options(options);
    }

    @PostMapping("/account/passkeys")
    ResponseEntity<?> register(CurrentPerson person, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        PublicKeyCredentialCreationOptions options = pendingCeremonies.load(request);
        pendingCeremonies.save(request, response, null);
        if (options == null) {
            return json.problem(HttpStatus.BAD_REQUEST, "identity.passkey.noCeremony", locale);
        }
        RelyingPartyPublicKey key;
        PasskeyLabel label;
        try {
            key = json.readRegistration(request);
            label = new PasskeyLabel(key.getLabel());
        } catch (UnreadableCeremony unreadable) {
            return json.problem(HttpStatus.BAD_REQUEST, "identity.passkey.notVerified", locale);
        } catch (IdentityRuleViolation badLabel) {
            return json.problem(HttpStatus.BAD_REQUEST, badLabel.messageKey(), locale);
        }
        CredentialRecord stored;
        try {
            stored = relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options,
                    new RelyingPartyPublicKey(key.getCredential(), label.value())));
        } catch (DataAccessException databaseTrouble) {
            throw databaseTrouble;
        } catch (RuntimeException notVerified) {
            // Forged or damaged input fails in WebAuthn4J's parsers and checks in many ways (its own
            // exceptions, Jackson's, illegal arguments): each is a ceremony that did not verify.
            LOG.debug("Passkey registration not verified: {}", notVerified.getClass().getSimpleName());
            return json.problem(HttpStatus.BAD_REQUEST, "identity.passkey.notVerified", locale);
        }
        passkeys.registered(person.id(), PasskeyId.of(stored.getCredentialId().getBytes()));
        return json.done("/account/passkeys?added");
    }

    @PostMapping("/account/passkeys/remove")
    String remove(CurrentPerson person, @RequestParam(defaultValue = "") String passkey) {
        PasskeyId id;
        try {
            id = new PasskeyId(passkey);
        } catch (IdentityRuleViolation malformed) {
            return "redirect:/account/passkeys?notFound";
        }
        return passkeys.remove(person.id(), id) ? "redirect:/account/passkeys?removed"
                : "redirect:/account/passkeys?notFound";
    }
}
