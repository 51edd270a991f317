package org.defendersdays.identity.adapter.in.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.defendersdays.identity.application.port.in.InviteUseCase;
import org.defendersdays.identity.application.port.in.InviteUseCase.AlreadyRegistered;
import org.defendersdays.identity.domain.EmailAddress;
import org.defendersdays.identity.domain.IdentityRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A platform admin invites someone by mail, with roles to give when they accept. */
@Controller
class InvitationAdminController {

    /** The languages a mail can be written in: those of the identity bundle, as on the invite form. */
    private static final List<String> MAIL_LANGUAGES = List.of("en", "es", "fr", "ru", "ar");
    private static final List<Role> GRANTABLE = Arrays.stream(Role.values()).filter(role -> role != Role.MEMBER)
            .toList();

    private final InviteUseCase invitations;

    InvitationAdminController(InviteUseCase invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/admin/users/invite")
    String form(Model model) {
        return page(model, "", Set.of(), "en", null);
    }

    @PostMapping("/admin/users/invite")
    String invite(CurrentPerson admin, @RequestParam(defaultValue = "") String email,
            @RequestParam(name = "role", required = false) List<Role> roles,
            @RequestParam(defaultValue = "en") String language, Model model, RedirectAttributes flash) {
        Set<Role> invited = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        if (email.length() > EmailAddress.MAX_LENGTH || !MAIL_LANGUAGES.contains(language)
                || invited.contains(Role.MEMBER)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        EmailAddress address;
        try {
            address = new EmailAddress(email);
        } catch (IdentityRuleViolation violation) {
            return page(model, email, invited, language, violation.messageKey());
        }
        try {
            invitations.invite(admin.id(), address, invited, Locale.forLanguageTag(language));
        } catch (AlreadyRegistered registered) {
            return page(model, email, invited, language, "identity.invite.alreadyRegistered");
        }
        flash.addFlashAttribute("sent", true);
        return "redirect:/admin/users/invite";
    }

    private static String page(Model model, String email, Set<Role> roles, String language, String error) {
        model.addAttribute("email", email);
        model.addAttribute("chosen", roles);
        model.addAttribute("language", language);
        model.addAttribute("grantable", GRANTABLE);
        model.addAttribute("error", error);
        return "identity/admin/invite";
    }
}
