package org.defendersdays.identity.adapter.in.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.defendersdays.identity.application.port.in.SecondFactorUseCase;
import org.defendersdays.identity.application.port.in.SetUpTotpUseCase;
import org.defendersdays.identity.application.port.in.TotpSetup;
import org.defendersdays.identity.domain.recovery.RecoveryCode;
import org.defendersdays.identity.domain.totp.TotpLabel;
import org.defendersdays.identity.domain.totp.TotpSecret;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Setting up an authenticator app: a new secret is kept in the session (never stored before the
 * person proves it works), shown as a QR code drawn by the app and as text to type, and enrolled
 * with a first code. The recovery codes are shown once.
 */
@Controller
class SecondFactorEnrolmentController {

    private static final String PENDING_SECRET = SecondFactorEnrolmentController.class.getName() + ".pending";

    private final SecondFactorUseCase secondFactor;
    private final SetUpTotpUseCase setUp;

    SecondFactorEnrolmentController(SecondFactorUseCase secondFactor, SetUpTotpUseCase setUp) {
        this.secondFactor = secondFactor;
        this.setUp = setUp;
    }

    @GetMapping("/account/second-factor")
    String page(CurrentPerson person, HttpSession session, Model model) {
        boolean enrolled = secondFactor.isEnrolled(person.id());
        model.addAttribute("enrolled", enrolled);
        if (!enrolled) {
            TotpSetup setup = setUp.start(label(person));
            session.setAttribute(PENDING_SECRET, setup.secret().base32());
            model.addAttribute("secretForTyping", setup.secret().base32ForTyping());
        }
        return "identity/second-factor-setup";
    }

    /** The QR code of the pending secret; it shows the secret, so it is never cached. */
    @GetMapping(value = "/account/second-factor/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(CurrentPerson person, HttpSession session) {
        Optional<TotpSecret> pending = pending(session);
        if (pending.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String svg = setUp.qrCodeSvg(setUp.resume(pending.get(), label(person)));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .contentType(MediaType.valueOf("image/svg+xml")).body(svg);
    }

    @PostMapping("/account/second-factor")
    String enrol(CurrentPerson person, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        HttpSession session = request.getSession();
        Optional<TotpSecret> pending = pending(session);
        if (pending.isEmpty() || code.length() > 20) {
            return "redirect:/account/second-factor";
        }
        Optional<List<RecoveryCode>> recoveryCodes = secondFactor.enrol(person.id(), pending.get(), code);
        if (recoveryCodes.isEmpty()) {
            model.addAttribute("enrolled", false);
            model.addAttribute("wrongCode", true);
            model.addAttribute("secretForTyping", pending.get().base32ForTyping());
            return "identity/second-factor-setup";
        }
        session.removeAttribute(PENDING_SECRET);
        SignInUpgrade.toSecondFactor(SignInUpgrade.current(), request, response);
        model.addAttribute("recoveryCodes", recoveryCodes.get().stream().map(RecoveryCode::formatted).toList());
        return "identity/recovery-codes";
    }

    private static Optional<TotpSecret> pending(HttpSession session) {
        return session.getAttribute(PENDING_SECRET) instanceof String base32
                ? Optional.of(TotpSecret.fromBase32(base32)) : Optional.empty();
    }

    private static TotpLabel label(CurrentPerson person) {
        return TotpLabel.forPerson(person.displayName(), person.id());
    }
}
