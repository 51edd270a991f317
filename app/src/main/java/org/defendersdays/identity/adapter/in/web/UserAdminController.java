package org.defendersdays.identity.adapter.in.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.identity.application.port.in.AdministerAccountsUseCase;
import org.defendersdays.identity.application.port.in.AdministerAccountsUseCase.AccountDetails;
import org.defendersdays.identity.application.port.in.AdministerAccountsUseCase.ChangeRefused;
import org.defendersdays.identity.application.port.in.AdministerAccountsUseCase.UnknownAccount;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's accounts section. The list shows no addresses; an account's own page does,
 * and reading it is audited. Nothing here shows or sets a password or a second factor.
 */
@Controller
class UserAdminController {

    private static final int MAX_SEARCH_LENGTH = 100;
    private static final List<Role> GRANTABLE = Arrays.stream(Role.values()).filter(role -> role != Role.MEMBER)
            .toList();

    private final AdministerAccountsUseCase accounts;

    UserAdminController(AdministerAccountsUseCase accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        return search("", model);
    }

    /** Searching is a form sent by POST, so the name searched for stays out of addresses and access logs. */
    @PostMapping("/admin/users")
    String search(@RequestParam(name = "q", defaultValue = "") String search, Model model) {
        if (search.length() > MAX_SEARCH_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        model.addAttribute("search", search);
        model.addAttribute("accounts", accounts.search(search));
        return "identity/admin/users";
    }

    @GetMapping("/admin/users/{id}")
    String show(CurrentPerson admin, @PathVariable UUID id, Model model) {
        AccountDetails account = accounts.read(admin.id(), new PersonId(id));
        model.addAttribute("account", account);
        model.addAttribute("grantable", GRANTABLE.stream().filter(role -> !account.roles().contains(role)).toList());
        model.addAttribute("revocable", account.roles().stream().filter(role -> role != Role.MEMBER).toList());
        return "identity/admin/user";
    }

    @PostMapping("/admin/users/{id}/roles/grant")
    String grant(CurrentPerson admin, @PathVariable UUID id, @RequestParam Role role, RedirectAttributes flash) {
        return acted(id, flash, "granted", () -> accounts.grant(admin.id(), new PersonId(id), role));
    }

    @PostMapping("/admin/users/{id}/roles/revoke")
    String revoke(CurrentPerson admin, @PathVariable UUID id, @RequestParam Role role, RedirectAttributes flash) {
        return acted(id, flash, "revoked", () -> accounts.revoke(admin.id(), new PersonId(id), role));
    }

    @PostMapping("/admin/users/{id}/lock")
    String lock(CurrentPerson admin, @PathVariable UUID id, RedirectAttributes flash) {
        return acted(id, flash, "locked", () -> accounts.lock(admin.id(), new PersonId(id)));
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(CurrentPerson admin, @PathVariable UUID id, RedirectAttributes flash) {
        return acted(id, flash, "unlocked", () -> accounts.unlock(admin.id(), new PersonId(id)));
    }

    @PostMapping("/admin/users/{id}/sign-out")
    String signOut(CurrentPerson admin, @PathVariable UUID id, RedirectAttributes flash) {
        return acted(id, flash, "signedOut", () -> accounts.signOutEverywhere(admin.id(), new PersonId(id)));
    }

    @ExceptionHandler(UnknownAccount.class)
    void unknown(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }

    /** Runs the change and goes back to the account's page with what happened (message keys only). */
    private static String acted(UUID id, RedirectAttributes flash, String done, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("done", "identity.admin.done." + done);
        } catch (ChangeRefused refused) {
            flash.addFlashAttribute("refused", refused.code());
        }
        return "redirect:/admin/users/" + id;
    }
}
