package org.defendersdays.conference.adapter.in.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.defendersdays.conference.application.port.in.OwnApplicationNotReviewable;
import org.defendersdays.conference.application.port.in.ReviewApplicationsUseCase;
import org.defendersdays.conference.application.port.in.ReviewApplicationsUseCase.ReviewSheet;
import org.defendersdays.conference.application.port.in.ScoreApplicationCommand;
import org.defendersdays.conference.application.port.in.SelectionNotFound;
import org.defendersdays.conference.domain.selection.Criterion;
import org.defendersdays.conference.domain.selection.SelectionRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.Role;
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
 * Blind review in the back office, for reviewers and conference admins: the calls with submitted
 * applications, a call's applications by neutral reference, and one application's score sheet.
 * Nothing here names the applicant. A reviewer's own application is refused with a message.
 */
@Controller
@RequestMapping(ReviewController.BASE)
class ReviewController {

    static final String BASE = "/admin/conference/review";

    private final ReviewApplicationsUseCase review;

    ReviewController(ReviewApplicationsUseCase review) {
        this.review = review;
    }

    @GetMapping
    String calls(CurrentPerson person, Model model) {
        model.addAttribute("calls", review.callsToReview());
        model.addAttribute("selects", person.has(Role.CONFERENCE_ADMIN));
        return "conference/admin/review-calls";
    }

    @GetMapping("/{year}")
    String queue(@PathVariable int year, CurrentPerson person, Model model) {
        try {
            model.addAttribute("queue", review.queue(year, person.id()));
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "conference/admin/review-queue";
    }

    @GetMapping("/applications/{id}")
    String sheet(@PathVariable UUID id, CurrentPerson person, Model model, RedirectAttributes redirect) {
        ReviewSheet sheet;
        try {
            sheet = review.sheet(id, person.id());
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (OwnApplicationNotReviewable e) {
            redirect.addFlashAttribute("problem", "selection.review.error.own");
            return "redirect:" + BASE;
        }
        Map<String, String> typed = new HashMap<>();
        sheet.myScores().forEach((criterion, score) -> typed.put(criterion.toString(), String.valueOf(score)));
        return page(model, sheet, typed, Map.of());
    }

    @PostMapping("/applications/{id}")
    String score(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        ReviewSheet sheet;
        try {
            sheet = review.sheet(id, person.id());
        } catch (SelectionNotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (OwnApplicationNotReviewable e) {
            redirect.addFlashAttribute("problem", "selection.review.error.own");
            return "redirect:" + BASE;
        }
        Map<String, String> typed = new HashMap<>();
        Map<UUID, Integer> scores = new HashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Criterion criterion : sheet.call().criteria()) {
            String value = form.getFirst("score-" + criterion.id());
            typed.put(criterion.id().toString(), value == null ? "" : value);
            try {
                if (value != null && !value.isBlank()) {
                    scores.put(criterion.id(), Integer.parseInt(value.strip()));
                }
            } catch (NumberFormatException notANumber) {
                errors.put("score-" + criterion.id(), "selection.review.error.range");
            }
        }
        if (errors.isEmpty()) {
            try {
                review.score(new ScoreApplicationCommand(person.id(), id, scores));
                redirect.addFlashAttribute("notice", "selection.review.saved");
                return "redirect:" + BASE + "/" + sheet.call().year();
            } catch (SelectionRuleViolation violation) {
                errors.put(violation.field(), violation.messageKey());
            }
        }
        return page(model, sheet, typed, errors);
    }

    private static String page(Model model, ReviewSheet sheet, Map<String, String> typed, Map<String, String> errors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("app", sheet.application());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "conference/admin/review-sheet";
    }
}
