package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.application.port.in.AnswerPlaceUseCase;
import org.defendersdays.conference.application.port.in.SelectionNotFound;
import org.defendersdays.conference.application.port.in.StaleSelection;
import org.defendersdays.conference.domain.selection.SelectionRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's page for an edition: the decision on their application and, with a place offered,
 * confirming or declining it before the deadline. Only the signed-in person's own application is
 * ever shown; the address carries the year, nothing of the person.
 */
@Controller
@RequestMapping("/conference/editions/{year}/place")
class PlaceController {

    private final AnswerPlaceUseCase places;

    PlaceController(AnswerPlaceUseCase places) {
        this.places = places;
    }

    @GetMapping
    String place(@PathVariable int year, CurrentPerson person, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("place", places.place(person.id(), year).orElse(null));
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("zone", java.time.ZoneId.of("Europe/Stockholm"));
        return "conference/selection/place";
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable int year, CurrentPerson person, RedirectAttributes redirect) {
        return answer(year, redirect, "selection.place.confirmed", () -> places.confirm(person.id(), year));
    }

    @PostMapping("/decline")
    String decline(@PathVariable int year, CurrentPerson person, RedirectAttributes redirect) {
        return answer(year, redirect, "selection.place.declined", () -> places.decline(person.id(), year));
    }

    private static String answer(int year, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (StaleSelection e) {
            redirect.addFlashAttribute("problem", "selection.decision.stale");
        } catch (SelectionRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:/conference/editions/" + year + "/place";
    }
}
