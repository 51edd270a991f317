package org.defendersdays.conference.adapter.in.web;

import java.util.UUID;

import org.defendersdays.conference.application.port.in.BrowseSpeakersUseCase;
import org.defendersdays.conference.application.port.in.LinkSpeakerToParticipantUseCase;
import org.defendersdays.conference.application.port.in.UnknownApplicationReference;
import org.defendersdays.conference.application.port.in.UnknownSpeaker;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Links a speaker record to the application of the same person (conference admins), so a
 * participant marked high risk is shown nowhere as a speaker. An unknown reference comes back as a
 * form error (400) with what was typed.
 */
@Controller
@RequestMapping("/admin/conference/speakers/{id}/participant")
class SpeakerParticipantController {

    private static final String PAGE = "conference/admin/speaker-participant";

    private final BrowseSpeakersUseCase speakers;
    private final LinkSpeakerToParticipantUseCase links;

    SpeakerParticipantController(BrowseSpeakersUseCase speakers, LinkSpeakerToParticipantUseCase links) {
        this.speakers = speakers;
        this.links = links;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        return page(model, find(id), "", null);
    }

    @PostMapping
    String link(@PathVariable UUID id, @RequestParam(defaultValue = "") String reference, CurrentPerson person,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Speaker speaker = find(id);
        try {
            links.link(person.id(), speaker.id(), reference);
        } catch (UnknownApplicationReference unknown) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            String typed = reference.length() > 8 ? reference.substring(0, 8) : reference;
            return page(model, speaker, typed, "conference.speakers.participant.error.unknown");
        }
        redirect.addFlashAttribute("notice", "conference.speakers.participant.linked");
        return "redirect:/admin/conference/speakers/" + id + "/participant";
    }

    @PostMapping("/unlink")
    String unlink(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        Speaker speaker = find(id);
        links.unlink(person.id(), speaker.id());
        redirect.addFlashAttribute("notice", "conference.speakers.participant.unlinked");
        return "redirect:/admin/conference/speakers/" + id + "/participant";
    }

    private String page(Model model, Speaker speaker, String reference, String error) {
        model.addAttribute("speakerId", speaker.id().value());
        model.addAttribute("speakerName", speaker.profile().name());
        model.addAttribute("linked", links.linkedReference(speaker.id()).orElse(null));
        model.addAttribute("shielded", speaker.shieldedAsAtRisk());
        model.addAttribute("reference", reference);
        model.addAttribute("error", error);
        return PAGE;
    }

    private Speaker find(UUID id) {
        try {
            return speakers.speaker(new SpeakerId(id));
        } catch (UnknownSpeaker e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
