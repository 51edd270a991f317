package org.defendersdays.conference.adapter.in.web;

import jakarta.servlet.http.HttpServletResponse;

import org.defendersdays.conference.application.port.in.SeeParticipantListUseCase;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.domain.participants.ParticipantListRefused;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The participant list of an edition, for its confirmed participants only. Anyone else gets 404
 * with a plain explanation: the page does not exist for them, and says nothing about who takes part.
 */
@Controller
class ParticipantListController {

    private final SeeParticipantListUseCase participants;

    ParticipantListController(SeeParticipantListUseCase participants) {
        this.participants = participants;
    }

    @GetMapping("/conference/editions/{year}/participants")
    String participants(@PathVariable int year, CurrentPerson person, Model model, HttpServletResponse response) {
        model.addAttribute("year", year);
        try {
            model.addAttribute("list", participants.participantsOf(year, person.id()));
            return "conference/participants";
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ParticipantListRefused refused) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("reason", refused.messageKey());
            return "conference/participants-refused";
        }
    }
}
