package org.defendersdays.identity.adapter.in.web;

import jakarta.servlet.http.HttpSession;

import org.defendersdays.identity.application.port.in.ManageMySessionsUseCase;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's own account: who they are here, and where they are signed in. */
@Controller
class AccountController {

    private final ManageMySessionsUseCase sessions;

    AccountController(ManageMySessionsUseCase sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/account")
    String account(CurrentPerson person, HttpSession session, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("sessions", sessions.sessionsOf(person.id(), session.getId()).stream()
                .map(SessionView::of).toList());
        return "identity/account";
    }

    @PostMapping("/account/sessions/{handle}/end")
    String endSession(CurrentPerson person, @PathVariable String handle) {
        if (handle.matches("[0-9a-f]{24}")) {
            sessions.end(person.id(), handle);
        }
        return "redirect:/account?sessionEnded";
    }

    /** Signs out everywhere, this browser included. */
    @PostMapping("/account/sessions/end-all")
    String endAllSessions(CurrentPerson person) {
        sessions.endAll(person.id());
        return "redirect:/login?signedOutEverywhere";
    }
}
