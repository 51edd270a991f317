package org.defendersdays.conference.adapter.in.web;

import org.defendersdays.conference.application.port.in.BrowseAllEditionsUseCase;
import org.defendersdays.conference.application.port.in.SeeFeedbackResultsUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.feedback.SurveyResults;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Feedback results for conference admins: per survey, only for groups of at least three answers. */
@Controller
class FeedbackAdminController {

    private final SeeFeedbackResultsUseCase results;
    private final BrowseAllEditionsUseCase editions;

    FeedbackAdminController(SeeFeedbackResultsUseCase results, BrowseAllEditionsUseCase editions) {
        this.results = results;
        this.editions = editions;
    }

    @GetMapping("/admin/conference/feedback")
    String editions(Model model) {
        model.addAttribute("editions", editions.allEditions().stream()
                .filter(edition -> edition.status().showsAgenda()).toList());
        return "conference/feedback/admin-editions";
    }

    @GetMapping("/admin/conference/editions/{year}/feedback")
    String results(@PathVariable int year, CurrentPerson person, Model model) {
        try {
            model.addAttribute("reports", results.resultsOf(year, person.id()));
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("year", year);
        model.addAttribute("minimumGroup", SurveyResults.MINIMUM_GROUP);
        return "conference/feedback/admin-results";
    }
}
