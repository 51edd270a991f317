package org.defendersdays.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform's home page: what Defenders' Days is, its three parts and its aims. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
