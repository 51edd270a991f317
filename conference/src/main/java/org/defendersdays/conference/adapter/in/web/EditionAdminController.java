package org.defendersdays.conference.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.AdministerEditionsUseCase;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.CorrectEditionCommand;
import org.defendersdays.conference.application.port.in.PlanEditionCommand;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.Edition;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionRuleViolation;
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
 * The editions in the back office, for conference admins (see the module's access rules): every
 * edition with drafts, a form to plan one and to correct one, and the announce and archive steps.
 * A form that cannot be used comes back (200) with the reasons next to its fields; nothing is stored.
 * A malformed id is answered 400 by Spring's type conversion, before any of this runs.
 */
@Controller
@RequestMapping("/admin/conference/editions")
class EditionAdminController {

    private static final String LIST = "redirect:/admin/conference/editions";
    private static final String FORM = "conference/admin/edition-form";

    private final BrowseAllEditionsUseCase editions;
    private final AdministerEditionsUseCase administration;

    EditionAdminController(BrowseAllEditionsUseCase editions, AdministerEditionsUseCase administration) {
        this.editions = editions;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("editions", editions.allEditions().stream().map(EditionAdminView::of).toList());
        return "conference/admin/editions";
    }

    @GetMapping("/new")
    String newEdition(Model model) {
        return form(model, null, EditionForm.blank(), Map.of());
    }

    @PostMapping
    String plan(@ModelAttribute EditionForm form, CurrentPerson person, Model model, RedirectAttributes redirect) {
        EditionForm.Reading reading = form.readNew();
        if (!reading.isValid()) {
            return form(model, null, form, reading.errors());
        }
        try {
            administration.plan(person.id(), new PlanEditionCommand(reading.year().orElseThrow(), reading.facts().orElseThrow()));
        } catch (EditionRuleViolation violation) {
            return form(model, null, form, Map.of(form.fieldOf(violation), violation.messageKey()));
        }
        redirect.addFlashAttribute("notice", "conference.admin.planned");
        return LIST;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Edition edition = find(id);
        return form(model, edition, EditionForm.of(edition), Map.of());
    }

    @PostMapping("/{id}")
    String correct(@PathVariable UUID id, @ModelAttribute EditionForm form, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        Edition edition = find(id);
        EditionForm shown = withYearOf(edition, form);
        EditionForm.Reading reading = shown.readCorrection();
        if (!reading.isValid()) {
            return form(model, edition, shown, reading.errors());
        }
        try {
            administration.correct(person.id(), new CorrectEditionCommand(edition.id(), reading.facts().orElseThrow()));
        } catch (EditionRuleViolation violation) {
            return form(model, edition, shown, Map.of(shown.fieldOf(violation), violation.messageKey()));
        }
        redirect.addFlashAttribute("notice", "conference.admin.corrected");
        return LIST;
    }

    @PostMapping("/{id}/announce")
    String announce(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> administration.announce(person.id(), new EditionId(id)), "conference.admin.announced",
                redirect);
    }

    @PostMapping("/{id}/publish-programme")
    String publishProgramme(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> administration.publishProgramme(person.id(), new EditionId(id)),
                "conference.admin.programmePublished", redirect);
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> administration.archive(person.id(), new EditionId(id)), "conference.admin.archived",
                redirect);
    }

    private Edition find(UUID id) {
        try {
            return editions.edition(new EditionId(id));
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A step the edition's status does not allow (a stale page) is told on the list, not as an error page. */
    private static String step(Runnable action, String done, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (EditionRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return LIST;
    }

    private static EditionForm withYearOf(Edition edition, EditionForm form) {
        return new EditionForm(String.valueOf(edition.year()), form.startDate(), form.endDate(), form.city(),
                form.venue(), form.theme(), form.participants(), form.countries(), form.topics(), form.languages());
    }

    private static String form(Model model, Edition edition, EditionForm form, Map<String, String> errors) {
        model.addAttribute("edition", edition == null ? null : EditionAdminView.of(edition));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return FORM;
    }
}
