package org.defendersdays.conference.adapter.in.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.AdministerVisaLettersUseCase;
import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.LetterNotAvailable;
import org.defendersdays.conference.application.port.in.OpenedVisaLetterRequest;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownTravelRequest;
import org.defendersdays.conference.domain.travel.RefusalReason;
import org.defendersdays.conference.domain.travel.RequestStatus;
import org.defendersdays.conference.domain.travel.VisaLetter;
import org.defendersdays.conference.domain.travel.VisaLetterRequest;
import org.defendersdays.conference.domain.travel.VisaLetterRequestId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Visa letter requests in the back office, for conference admins: the editions (the section's
 * start), an edition's requests by status (no sealed values), one request opened (an audited read of
 * its passport details), approval or refusal with a reason code, and the letter itself.
 */
@Controller
class VisaLetterAdminController {

    private static final String BASE = "/admin/conference/editions/{year}/visa-letters";

    private final AdministerVisaLettersUseCase visaLetters;
    private final BrowseAllEditionsUseCase editions;

    VisaLetterAdminController(AdministerVisaLettersUseCase visaLetters, BrowseAllEditionsUseCase editions) {
        this.visaLetters = visaLetters;
        this.editions = editions;
    }

    /** The section's start: every edition with links to its visa letters and travel support. */
    @GetMapping("/admin/conference/travel")
    String editions(Model model) {
        model.addAttribute("years", editions.allEditions().stream().map(edition -> edition.year()).toList());
        return "conference/travel/admin/travel";
    }

    /** Rows of an edition's list: the letter's reference (no name: those are sealed), status and dates. */
    record Row(String id, String reference, VisaLetterRequest request) {
    }

    @GetMapping(BASE)
    String list(@PathVariable int year, Model model) {
        List<VisaLetterRequest> all = visaLetters.visaLetterRequests(year);
        Map<RequestStatus, List<Row>> byStatus = all.stream()
                .map(request -> new Row(request.id().toString(), VisaLetter.referenceOf(year, request.id()), request))
                .collect(Collectors.groupingBy(row -> row.request().status()));
        model.addAttribute("year", year);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("byStatus", Arrays.stream(RequestStatus.values())
                .collect(Collectors.toMap(Function.identity(), status -> byStatus.getOrDefault(status, List.of()))));
        return "conference/travel/admin/visa-letters";
    }

    @GetMapping(BASE + "/{id}")
    String open(@PathVariable int year, @PathVariable UUID id, CurrentPerson admin, Model model,
            HttpServletResponse response) {
        OpenedVisaLetterRequest opened = visaLetters.open(year, new VisaLetterRequestId(id), admin.id());
        TravelResponses.noStore(response);
        model.addAttribute("year", year);
        model.addAttribute("opened", opened);
        model.addAttribute("reference", VisaLetter.referenceOf(year, opened.request().id()));
        model.addAttribute("details", opened.details().orElse(null));
        model.addAttribute("reasons", RefusalReason.values());
        return "conference/travel/admin/visa-letter";
    }

    @PostMapping(BASE + "/{id}/approve")
    String approve(@PathVariable int year, @PathVariable UUID id, CurrentPerson admin, RedirectAttributes redirect) {
        try {
            visaLetters.approve(year, new VisaLetterRequestId(id), admin.id());
            redirect.addFlashAttribute("notice", "travel.admin.visa.approved");
        } catch (TravelRequestClosed closed) {
            redirect.addFlashAttribute("problem", closed.messageKey());
        }
        return "redirect:/admin/conference/editions/" + year + "/visa-letters/" + id;
    }

    @PostMapping(BASE + "/{id}/refuse")
    String refuse(@PathVariable int year, @PathVariable UUID id, @RequestParam(required = false) String reason,
            CurrentPerson admin, RedirectAttributes redirect) {
        RefusalReason why = reason(reason);
        try {
            visaLetters.refuse(year, new VisaLetterRequestId(id), why, admin.id());
            redirect.addFlashAttribute("notice", "travel.admin.visa.refused");
        } catch (TravelRequestClosed closed) {
            redirect.addFlashAttribute("problem", closed.messageKey());
        }
        return "redirect:/admin/conference/editions/" + year + "/visa-letters/" + id;
    }

    @GetMapping(BASE + "/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable int year, @PathVariable UUID id, CurrentPerson admin) {
        return TravelResponses.pdf(visaLetters.letter(year, new VisaLetterRequestId(id), admin.id()));
    }

    static RefusalReason reason(String code) {
        try {
            return RefusalReason.valueOf(code == null ? "" : code);
        } catch (IllegalArgumentException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    @ExceptionHandler({UnknownEdition.class, UnknownTravelRequest.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown() {
        return TravelResponses.NOT_FOUND;
    }

    @ExceptionHandler(LetterNotAvailable.class)
    String noLetter(LetterNotAvailable reason, Model model, HttpServletResponse response) {
        return TravelResponses.noLetter(reason, model, response, Optional.of("/admin/conference/travel"));
    }
}
