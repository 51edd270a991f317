package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.application.port.in.SeeWorkshopLoadUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** For conference admins: how full each workshop is (seats taken, waitlist length); no names. */
@Controller
class WorkshopAdminController {

    private final SeeWorkshopLoadUseCase load;

    WorkshopAdminController(SeeWorkshopLoadUseCase load) {
        this.load = load;
    }

    @GetMapping("/admin/conference/workshops")
    String workshops(Model model) {
        model.addAttribute("editions", load.workshopLoad());
        return "conference/workshops/admin";
    }
}
