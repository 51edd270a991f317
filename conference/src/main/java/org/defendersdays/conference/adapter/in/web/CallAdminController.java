package org.defendersdays.conference.adapter.in.web;

import java.util.Map;

import org.defendersdays.conference.application.port.in.AdministerCallsUseCase;
import org.defendersdays.conference.application.port.in.AdministerCallsUseCase.EditionCall;
import org.defendersdays.conference.domain.application.CallAlreadyOpen;
import org.defendersdays.conference.application.port.in.OpenCallCommand;
import org.defendersdays.conference.application.port.in.ReviseCallCommand;
import org.defendersdays.conference.application.port.in.StaleCall;
import org.defendersdays.conference.application.port.in.UnknownCall;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.application.ApplicationRuleViolation;
import org.defendersdays.conference.domain.application.ApplicationStatus;
import org.defendersdays.conference.domain.application.QuotaKind;
import org.defendersdays.conference.domain.application.RegionOfWork;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An edition's call for applications in the back office, for conference admins: one form opens it
 * and revises it (times, places, confirmation days, questions, quotas or targets per region, review
 * criteria). A form that cannot be used comes back (200) with the reasons next to its fields and
 * what was typed kept; so does a change made on a call someone else changed meanwhile.
 */
@Controller
@RequestMapping(CallAdminController.BASE)
class CallAdminController {

    static final String BASE = "/admin/conference/editions/{year}/call";
    private static final String FORM = "conference/admin/call-form";

    private final AdministerCallsUseCase calls;

    CallAdminController(AdministerCallsUseCase calls) {
        this.calls = calls;
    }

    @GetMapping
    String show(@PathVariable int year, Model model) {
        EditionCall editionCall = find(year);
        return page(model, editionCall, editionCall.call().map(CallForm::of).orElseGet(CallForm::blank), Map.of());
    }

    @PostMapping
    String save(@PathVariable int year, @RequestParam MultiValueMap<String, String> fields, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        EditionCall editionCall = find(year);
        CallForm form = CallForm.from(fields);
        CallForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return page(model, editionCall, form.withBlankRows(), reading.errors());
        }
        try {
            if (editionCall.call().isEmpty()) {
                calls.open(person.id(), new OpenCallCommand(year, reading.draft().orElseThrow()));
                redirect.addFlashAttribute("notice", "application.call.opened");
            } else {
                calls.revise(person.id(), new ReviseCallCommand(year, form.seenVersion().orElse(-1L),
                        reading.draft().orElseThrow()));
                redirect.addFlashAttribute("notice", "application.call.revised");
            }
        } catch (StaleCall | CallAlreadyOpen | UnknownCall | OptimisticLockingFailureException stale) {
            EditionCall now = find(year);
            CallForm shown = now.call().map(call -> form.withVersion(call.version())).orElse(form);
            return page(model, now, shown.withBlankRows(), Map.of("form", "application.call.stale"));
        } catch (ApplicationRuleViolation violation) {
            return page(model, editionCall, form.withBlankRows(), violation.byField());
        }
        return "redirect:/admin/conference/editions/" + year + "/call";
    }

    /** How many applications have one status. */
    record StatusCount(String status, long count) {
    }

    private EditionCall find(int year) {
        try {
            return calls.editionCall(year);
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private static String page(Model model, EditionCall editionCall, CallForm form, Map<String, String> errors) {
        model.addAttribute("edition", EditionAdminView.of(editionCall.edition()));
        model.addAttribute("year", editionCall.edition().year());
        model.addAttribute("callExists", editionCall.call().isPresent());
        model.addAttribute("counts", java.util.Arrays.stream(ApplicationStatus.values())
                .map(status -> new StatusCount(status.name(), editionCall.applications().getOrDefault(status, 0L)))
                .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorSummary", FormError.summary(errors, "application.call.field."));
        model.addAttribute("regions", RegionOfWork.values());
        model.addAttribute("kinds", QuotaKind.values());
        return FORM;
    }
}
