package org.defendersdays.conference.adapter.in.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.GiveFeedbackCommand;
import org.defendersdays.conference.application.port.in.GiveFeedbackUseCase;
import org.defendersdays.conference.application.port.in.GiveFeedbackUseCase.SurveyForParticipant;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownSurvey;
import org.defendersdays.conference.domain.feedback.FeedbackAnswer;
import org.defendersdays.conference.domain.feedback.FeedbackRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The feedback surveys of an edition, for its confirmed participants: the list (which are open,
 * which are answered) and one form per survey. Answers are anonymous; the pages say so.
 */
@Controller
class FeedbackController {

    private final GiveFeedbackUseCase feedback;

    FeedbackController(GiveFeedbackUseCase feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/conference/editions/{year}/feedback")
    String surveys(@PathVariable int year, CurrentPerson person, Model model, HttpServletResponse response) {
        model.addAttribute("year", year);
        try {
            model.addAttribute("surveys", feedback.surveysFor(year, person.id()));
            return "conference/feedback/surveys";
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (FeedbackRuleViolation refused) {
            return refused(refused, model, response);
        }
    }

    @GetMapping("/conference/editions/{year}/feedback/{session}")
    String survey(@PathVariable int year, @PathVariable UUID session, CurrentPerson person, Model model,
            HttpServletResponse response) {
        try {
            return form(year, feedback.survey(year, session, person.id()), FeedbackForm.empty(), Map.of(), model);
        } catch (UnknownEdition | UnknownSurvey e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (FeedbackRuleViolation refused) {
            model.addAttribute("year", year);
            return refused(refused, model, response);
        }
    }

    @PostMapping("/conference/editions/{year}/feedback/{session}")
    String answer(@PathVariable int year, @PathVariable UUID session, @ModelAttribute FeedbackForm form,
            CurrentPerson person, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        SurveyForParticipant survey;
        try {
            survey = feedback.survey(year, session, person.id());
        } catch (UnknownEdition | UnknownSurvey e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (FeedbackRuleViolation refused) {
            model.addAttribute("year", year);
            return refused(refused, model, response);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Integer rating = rating(form.rating());
        if (rating == null) {
            errors.put("rating", "feedback.error.rating");
        }
        FeedbackAnswer answer = null;
        try {
            answer = new FeedbackAnswer(rating == null ? 3 : rating, text(form.whatWorked()),
                    text(form.couldBeBetter()));
        } catch (FeedbackRuleViolation broken) {
            errors.put(broken.field(), broken.messageKey());
        }
        if (errors.isEmpty()) {
            try {
                feedback.answer(new GiveFeedbackCommand(year, session, person.id(), answer));
                redirect.addFlashAttribute("notice", "feedback.thanks");
                return "redirect:/conference/editions/" + year + "/feedback";
            } catch (UnknownEdition | UnknownSurvey e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            } catch (FeedbackRuleViolation refused) {
                errors.put(refused.field(), refused.messageKey());
            }
        }
        response.setStatus(errors.containsKey("form") ? HttpStatus.CONFLICT.value()
                : HttpStatus.BAD_REQUEST.value());
        return form(year, survey, form, errors, model);
    }

    private static String form(int year, SurveyForParticipant survey, FeedbackForm form, Map<String, String> errors,
            Model model) {
        model.addAttribute("year", year);
        model.addAttribute("entry", survey);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", FeedbackAnswer.MAX_TEXT);
        return "conference/feedback/survey";
    }

    /** Someone without a confirmed place: 404, with the reason in their language, and nothing else. */
    private static String refused(FeedbackRuleViolation refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("reason", refused.messageKey());
        return "conference/feedback/refused";
    }

    private static Integer rating(String typed) {
        if (typed == null || !typed.strip().matches("[1-5]")) {
            return null;
        }
        return Integer.valueOf(typed.strip());
    }

    private static Optional<String> text(String typed) {
        return Optional.ofNullable(typed);
    }
}
