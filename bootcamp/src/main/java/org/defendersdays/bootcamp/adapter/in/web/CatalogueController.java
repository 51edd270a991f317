package org.defendersdays.bootcamp.adapter.in.web;

import org.defendersdays.bootcamp.application.port.in.BrowseCatalogueUseCase;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.ProgrammeSlug;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of the bootcamp's catalogue: the list of programmes, and one page per programme. */
@Controller
class CatalogueController {

    private final BrowseCatalogueUseCase catalogue;
    private final ProgrammeViewMapper views;

    CatalogueController(BrowseCatalogueUseCase catalogue, ProgrammeViewMapper views) {
        this.catalogue = catalogue;
        this.views = views;
    }

    @GetMapping("/bootcamp/programmes")
    String catalogue(Model model) {
        model.addAttribute("programmes", views.toViews(catalogue.catalogue()));
        return "bootcamp/catalogue";
    }

    /** A slug that cannot exist is answered 400 without asking the database. */
    @GetMapping("/bootcamp/programmes/{slug}")
    String programme(@PathVariable String slug, Model model) {
        if (!ProgrammeSlug.isWellFormed(slug)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            model.addAttribute("programme", views.toView(catalogue.publishedProgramme(new ProgrammeSlug(slug))));
        } catch (UnknownProgramme e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "bootcamp/programme";
    }
}
