package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowsePublicEditionsUseCase.PublicEditions;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages about the conference's editions: the list, and one page per edition. */
@Controller
class EditionPagesController {

    private final BrowsePublicEditionsUseCase editions;
    private final EditionViewMapper views;

    EditionPagesController(BrowsePublicEditionsUseCase editions, EditionViewMapper views) {
        this.editions = editions;
        this.views = views;
    }

    @GetMapping("/conference/editions")
    String list(Model model) {
        PublicEditions publicEditions = editions.publicEditions();
        model.addAttribute("upcoming", views.toViews(publicEditions.upcoming()));
        model.addAttribute("past", views.toViews(publicEditions.past()));
        return "conference/editions";
    }

    /** A year that is not a number is answered 400 by Spring's type conversion, before this runs. */
    @GetMapping("/conference/editions/{year}")
    String edition(@PathVariable int year, Model model) {
        try {
            model.addAttribute("edition", views.toView(editions.publicEdition(year)));
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "conference/edition";
    }
}
