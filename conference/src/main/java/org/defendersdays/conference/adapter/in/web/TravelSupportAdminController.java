package org.defendersdays.conference.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.AdministerTravelSupportUseCase;
import org.defendersdays.conference.application.port.in.OpenedTravelSupportRequest;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownTravelRequest;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.SupportAmount;
import org.defendersdays.conference.domain.travel.TravelRuleViolation;
import org.defendersdays.conference.domain.travel.TravelSupportRequestId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Travel support in the back office, for conference admins: an edition's requests (amounts and
 * status, no sealed values), one request, its contact details on an audited read, approval of the
 * requested or a lower amount, and refusal with a reason code.
 */
@Controller
class TravelSupportAdminController {

    private static final String BASE = "/admin/conference/editions/{year}/travel-support";
    private static final String PAGE = "conference/travel/admin/travel-support";

    private final AdministerTravelSupportUseCase support;

    TravelSupportAdminController(AdministerTravelSupportUseCase support) {
        this.support = support;
    }

    @GetMapping(BASE)
    String list(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("requests", support.travelSupportRequests(year));
        return "conference/travel/admin/travel-support-list";
    }

    @GetMapping(BASE + "/{id}")
    String open(@PathVariable int year, @PathVariable UUID id, CurrentPerson admin, Model model,
            HttpServletResponse response) {
        return page(model, year, support.openTravelSupport(year, new TravelSupportRequestId(id), admin.id(), false),
                null, Map.of(), response);
    }

    /** The contact details while travelling: an audited read. */
    @GetMapping(BASE + "/{id}/contact")
    String contact(@PathVariable int year, @PathVariable UUID id, CurrentPerson admin, Model model,
            HttpServletResponse response) {
        return page(model, year, support.openTravelSupport(year, new TravelSupportRequestId(id), admin.id(), true),
                null, Map.of(), response);
    }

    @PostMapping(BASE + "/{id}/approve")
    String approve(@PathVariable int year, @PathVariable UUID id, @RequestParam(required = false) String amount,
            CurrentPerson admin, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        TravelSupportRequestId request = new TravelSupportRequestId(id);
        OpenedTravelSupportRequest opened = support.openTravelSupport(year, request, admin.id(), false);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<SupportAmount> granted = amount == null || amount.isBlank() ? Optional.empty()
                : TravelSupportForm.amount(amount, opened.request().requested().currency().name(), "approvedAmount",
                        errors);
        if (errors.isEmpty()) {
            try {
                support.approveTravelSupport(year, request, granted, admin.id());
                redirect.addFlashAttribute("notice", "travel.admin.support.approved");
                return "redirect:/admin/conference/editions/" + year + "/travel-support/" + id;
            } catch (TravelRuleViolation violation) {
                errors.put("approvedAmount", violation.messageKey());
            } catch (TravelRequestClosed closed) {
                errors.put("form", closed.messageKey());
            }
        }
        return page(model, year, opened, amount, errors, response);
    }

    @PostMapping(BASE + "/{id}/refuse")
    String refuse(@PathVariable int year, @PathVariable UUID id, @RequestParam(required = false) String reason,
            CurrentPerson admin, RedirectAttributes redirect) {
        RefusalReason why = VisaLetterAdminController.reason(reason);
        try {
            support.refuseTravelSupport(year, new TravelSupportRequestId(id), why, admin.id());
            redirect.addFlashAttribute("notice", "travel.admin.support.refused");
        } catch (TravelRequestClosed closed) {
            redirect.addFlashAttribute("problem", closed.messageKey());
        }
        return "redirect:/admin/conference/editions/" + year + "/travel-support/" + id;
    }

    private static String page(Model model, int year, OpenedTravelSupportRequest opened, String amount,
            Map<String, String> errors, HttpServletResponse response) {
        TravelResponses.noStore(response);
        model.addAttribute("year", year);
        model.addAttribute("request", opened.request());
        model.addAttribute("contact", opened.contact().orElse(null));
        model.addAttribute("amount", amount == null ? opened.request().requested().amount().toPlainString() : amount);
        model.addAttribute("errors", errors);
        model.addAttribute("reasons", RefusalReason.values());
        return PAGE;
    }

    @ExceptionHandler({UnknownEdition.class, UnknownTravelRequest.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return TravelResponses.NOT_FOUND;
    }
}
