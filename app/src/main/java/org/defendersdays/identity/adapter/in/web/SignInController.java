package org.defendersdays.identity.adapter.in.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form it sends. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn(@RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "throttled", required = false) String throttled, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        return "identity/login";
    }
}
