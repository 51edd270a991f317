package org.defendersdays.bootcamp.adapter.in.web;

import org.defendersdays.bootcamp.application.port.in.BrowseOffersUseCase;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The programmes offered to the signed-in member, such as the preparation for a conference they were accepted to. */
@Controller
class OffersController {

    private final BrowseOffersUseCase offers;

    OffersController(BrowseOffersUseCase offers) {
        this.offers = offers;
    }

    @GetMapping("/bootcamp/offers")
    String offers(CurrentPerson person, Model model) {
        model.addAttribute("offers", offers.offersFor(person.id()));
        return "bootcamp/offers";
    }
}
