package org.defendersdays.bootcamp.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.defendersdays.bootcamp.application.port.in.AdministerProgrammesUseCase;
import org.defendersdays.bootcamp.application.port.in.BrowseAllProgrammesUseCase;
import org.defendersdays.bootcamp.application.port.in.CreateProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.ReviseProgrammeCommand;
import org.defendersdays.bootcamp.application.port.in.UnknownProgramme;
import org.defendersdays.bootcamp.domain.DeliveryFormat;
import org.defendersdays.bootcamp.domain.ProgrammeId;
import org.defendersdays.bootcamp.domain.ProgrammeRuleViolation;
import org.defendersdays.bootcamp.domain.TrainingProgramme;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programmes in the back office, for bootcamp admins (see the module's access rules): every
 * programme, a form to create one and to revise one, and the publish and retire steps. A form that
 * cannot be used comes back (200) with the reasons next to its fields; nothing is stored. A
 * malformed id is answered 400 by Spring's type conversion.
 */
@Controller
@RequestMapping("/admin/bootcamp/programmes")
class ProgrammeAdminController {

    private static final String LIST = "redirect:/admin/bootcamp/programmes";
    private static final String FORM = "bootcamp/admin/programme-form";

    private final BrowseAllProgrammesUseCase programmes;
    private final AdministerProgrammesUseCase administration;

    ProgrammeAdminController(BrowseAllProgrammesUseCase programmes, AdministerProgrammesUseCase administration) {
        this.programmes = programmes;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.allProgrammes().stream().map(ProgrammeAdminView::of).toList());
        return "bootcamp/admin/programmes";
    }

    @GetMapping("/new")
    String newProgramme(Model model) {
        return form(model, null, ProgrammeForm.blank(), Map.of());
    }

    @PostMapping
    String create(@ModelAttribute ProgrammeForm form, CurrentPerson person, Model model, RedirectAttributes redirect) {
        ProgrammeForm.Reading reading = form.readNew();
        if (!reading.isValid()) {
            return form(model, null, form, reading.errors());
        }
        try {
            administration.create(person.id(),
                    new CreateProgrammeCommand(reading.slug().orElseThrow(), reading.outline().orElseThrow()));
        } catch (ProgrammeRuleViolation violation) {
            return form(model, null, form, Map.of(ProgrammeForm.fieldOf(violation), violation.messageKey()));
        }
        redirect.addFlashAttribute("notice", "bootcamp.admin.created");
        return LIST;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        TrainingProgramme programme = find(id);
        return form(model, programme, ProgrammeForm.of(programme), Map.of());
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute ProgrammeForm form, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        TrainingProgramme programme = find(id);
        ProgrammeForm shown = form.withSlug(programme.slug());
        ProgrammeForm.Reading reading = shown.readRevision();
        if (!reading.isValid()) {
            return form(model, programme, shown, reading.errors());
        }
        administration.revise(person.id(), new ReviseProgrammeCommand(programme.id(), reading.outline().orElseThrow()));
        redirect.addFlashAttribute("notice", "bootcamp.admin.revised");
        return LIST;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> administration.publish(person.id(), new ProgrammeId(id)), "bootcamp.admin.published",
                redirect);
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> administration.retire(person.id(), new ProgrammeId(id)), "bootcamp.admin.retired",
                redirect);
    }

    private TrainingProgramme find(UUID id) {
        try {
            return programmes.programme(new ProgrammeId(id));
        } catch (UnknownProgramme e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A step the programme's status does not allow (a stale page) is told on the list, not as an error page. */
    private static String step(Runnable action, String done, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ProgrammeRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (UnknownProgramme e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return LIST;
    }

    private static String form(Model model, TrainingProgramme programme, ProgrammeForm form,
            Map<String, String> errors) {
        model.addAttribute("programme", programme == null ? null : ProgrammeAdminView.of(programme));
        model.addAttribute("form", form);
        model.addAttribute("formats", DeliveryFormat.values());
        model.addAttribute("errors", errors);
        return FORM;
    }
}
