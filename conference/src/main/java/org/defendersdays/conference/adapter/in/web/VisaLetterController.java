package org.defendersdays.conference.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.LetterNotAvailable;
import org.defendersdays.conference.application.port.in.MyVisaLetter;
import org.defendersdays.conference.application.port.in.NotAConfirmedParticipant;
import org.defendersdays.conference.application.port.in.RequestVisaLetterUseCase;
import org.defendersdays.conference.application.port.in.SubmitPassportDetailsCommand;
import org.defendersdays.conference.application.port.in.TravelFormRejected;
import org.defendersdays.conference.application.port.in.TravelRequestClosed;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
 * A confirmed participant's visa letter: the passport details form (never cached; the passport
 * number is never shown back once stored), the request's status, and the letter as PDF once
 * approved. Someone without a confirmed place gets a 403 page that says why.
 */
@Controller
class VisaLetterController {

    private static final String PAGE = "conference/travel/visa-letter";

    private final RequestVisaLetterUseCase visaLetters;

    VisaLetterController(RequestVisaLetterUseCase visaLetters) {
        this.visaLetters = visaLetters;
    }

    @GetMapping("/conference/editions/{year}/visa-letter")
    String page(@PathVariable int year, CurrentPerson person, Model model, HttpServletResponse response) {
        MyVisaLetter mine = visaLetters.visaLetter(year, person.id());
        PassportForm form = mine.details().map(PassportForm::of).orElseGet(PassportForm::blank);
        return render(model, mine, form, Map.of(), response);
    }

    @PostMapping("/conference/editions/{year}/visa-letter")
    String submit(@PathVariable int year, @ModelAttribute PassportForm form, CurrentPerson person, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PassportForm.Reading reading = form.read();
        Map<String, String> errors = new LinkedHashMap<>(reading.errors());
        if (errors.isEmpty()) {
            try {
                visaLetters.submitPassportDetails(new SubmitPassportDetailsCommand(year, person.id(),
                        reading.details().orElseThrow()));
                redirect.addFlashAttribute("notice", "travel.visa.saved");
                return "redirect:/conference/editions/" + year + "/visa-letter";
            } catch (TravelFormRejected rejected) {
                rejected.violations().forEach(violation -> errors.put(violation.field(), violation.messageKey()));
            } catch (TravelRequestClosed closed) {
                errors.put("form", closed.messageKey());
            }
        }
        MyVisaLetter mine = visaLetters.visaLetter(year, person.id());
        return render(model, mine, form, errors, response);
    }

    @GetMapping("/conference/editions/{year}/visa-letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable int year, CurrentPerson person) {
        return TravelResponses.pdf(visaLetters.letter(year, person.id()));
    }

    private static String render(Model model, MyVisaLetter mine, PassportForm form, Map<String, String> errors,
            HttpServletResponse response) {
        TravelResponses.noStore(response);
        model.addAttribute("edition", mine.edition());
        model.addAttribute("request", mine.request().orElse(null));
        model.addAttribute("maskedNumber", mine.details().map(details -> details.maskedNumber()).orElse(null));
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : PassportForm.FIELDS) {
            values.put(field, form.value(field));
        }
        model.addAttribute("values", values);
        model.addAttribute("fields", PassportForm.FIELDS);
        model.addAttribute("errors", errors);
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

    @ExceptionHandler(LetterNotAvailable.class)
    String noLetter(LetterNotAvailable reason, Model model, HttpServletResponse response) {
        return TravelResponses.noLetter(reason, model, response, Optional.empty());
    }
}
