package org.defendersdays.conference.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.MyTravelSupport;
import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.RequestTravelSupportCommand;
import org.defendersdays.conference.application.port.in.RequestTravelSupportUseCase;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.travel.SupportCurrency;
import org.defendersdays.conference.domain.travel.SupportPurpose;
import org.defendersdays.conference.domain.travel.TravelRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A confirmed participant's travel support: the request form (amount, currency, what for, contact
 * details while travelling, sealed) and its status. Contact details are never shown back; a change
 * asks for them again. Never cached.
 */
@Controller
class TravelSupportController {

    private static final String PAGE = "conference/travel/travel-support";

    private final RequestTravelSupportUseCase support;

    TravelSupportController(RequestTravelSupportUseCase support) {
        this.support = support;
    }

    @GetMapping("/conference/editions/{year}/travel-support")
    String page(@PathVariable int year, CurrentPerson person, Model model, HttpServletResponse response) {
        MyTravelSupport mine = support.travelSupport(year, person.id());
        return render(model, mine, mine.request().map(TravelSupportForm::of).orElseGet(TravelSupportForm::blank),
                Map.of(), response);
    }

    @PostMapping("/conference/editions/{year}/travel-support")
    String submit(@PathVariable int year, @ModelAttribute TravelSupportForm form, CurrentPerson person, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        MyTravelSupport mine = support.travelSupport(year, person.id());
        TravelSupportForm.Reading reading = form.read();
        Map<String, String> errors = new LinkedHashMap<>(reading.errors());
        if (errors.isEmpty()) {
            try {
                support.requestTravelSupport(new RequestTravelSupportCommand(year, person.id(),
                        reading.amount().orElseThrow(), reading.purposes(), reading.contact().orElseThrow()));
                redirect.addFlashAttribute("notice", "travel.support.saved");
                return "redirect:/conference/editions/" + year + "/travel-support";
            } catch (TravelRuleViolation violation) {
                errors.put(violation.field(), violation.messageKey());
            } catch (TravelRequestClosed closed) {
                errors.put("form", closed.messageKey());
            }
        }
        return render(model, mine, form, errors, response);
    }

    private static String render(Model model, MyTravelSupport mine, TravelSupportForm form,
            Map<String, String> errors, HttpServletResponse response) {
        TravelResponses.noStore(response);
        model.addAttribute("edition", mine.edition());
        model.addAttribute("request", mine.request().orElse(null));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("amount", form.amount());
        values.put("currency", form.currency());
        values.put("phone", form.phone());
        values.put("emergencyContact", form.emergencyContact());
        model.addAttribute("values", values);
        model.addAttribute("chosen", java.util.Set.copyOf(form.purposes()));
        model.addAttribute("errors", errors);
        model.addAttribute("currencies", SupportCurrency.values());
        model.addAttribute("purposes", SupportPurpose.values());
        return PAGE;
    }

    @ExceptionHandler(NotAConfirmedParticipant.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notAParticipant() {
        return TravelResponses.NOT_PARTICIPANT;
    }

    @ExceptionHandler(UnknownEdition.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknownEdition() {
        return TravelResponses.NOT_FOUND;
    }
}
