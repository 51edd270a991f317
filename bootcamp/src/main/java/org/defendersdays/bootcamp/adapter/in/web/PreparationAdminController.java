package org.defendersdays.bootcamp.adapter.in.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.bootcamp.application.port.in.BrowseAllProgrammesUseCase;
import org.defendersdays.bootcamp.application.port.in.PrepareForConferenceUseCase;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marks a programme as the pre-conference preparation for a conference edition, by its year. */
@Controller
class PreparationAdminController {

    private static final String FORM = "bootcamp/admin/preparation";

    private final PrepareForConferenceUseCase preparation;
    private final BrowseAllProgrammesUseCase programmes;

    PreparationAdminController(PrepareForConferenceUseCase preparation, BrowseAllProgrammesUseCase programmes) {
        this.preparation = preparation;
        this.programmes = programmes;
    }

    @GetMapping("/admin/bootcamp/programmes/{id}/preparation")
    String form(@PathVariable UUID id, Model model) {
        TrainingProgramme programme = programme(id);
        model.addAttribute("programme", programme);
        model.addAttribute("editionYear",
                preparation.preparesFor(programme.id()).map(String::valueOf).orElse(""));
        return FORM;
    }

    @PostMapping("/admin/bootcamp/programmes/{id}/preparation")
    String prepare(@PathVariable UUID id, @RequestParam(defaultValue = "") String editionYear, CurrentPerson person,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TrainingProgramme programme = programme(id);
        String typed = editionYear.strip();
        try {
            Optional<Integer> year = typed.isEmpty() ? Optional.empty() : Optional.of(year(typed));
            preparation.prepareFor(programme.id(), year, person.id());
        } catch (ProgrammeRuleViolation refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("programme", programme);
            model.addAttribute("editionYear", typed);
            model.addAttribute("error", refused.messageKey());
            return FORM;
        }
        redirect.addFlashAttribute("notice", typed.isEmpty() ? "bootcamp.preparation.cleared"
                : "bootcamp.preparation.saved");
        return "redirect:/admin/bootcamp/programmes/" + id + "/preparation";
    }

    private TrainingProgramme programme(UUID id) {
        try {
            return programmes.programme(new ProgrammeId(id));
        } catch (UnknownProgramme e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static int year(String typed) {
        if (!typed.matches("[0-9]{4}")) {
            throw new ProgrammeRuleViolation("bootcamp.preparation.error.year");
        }
        return Integer.parseInt(typed);
    }
}
