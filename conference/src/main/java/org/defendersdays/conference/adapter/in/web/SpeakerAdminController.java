package org.defendersdays.conference.adapter.in.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;

import org.defendersdays.conference.application.port.in.AddSpeakerCommand;
import org.defendersdays.conference.application.port.in.AdministerSpeakersUseCase;
import org.defendersdays.conference.application.port.in.BrowseSpeakersUseCase;
import org.defendersdays.conference.application.port.in.RecordConsentCommand;
import org.defendersdays.conference.application.port.in.RemoveSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReplaceSpeakerPhotoCommand;
import org.defendersdays.conference.application.port.in.ReviseSpeakerCommand;
import org.defendersdays.conference.application.port.in.StaleSpeaker;
import org.defendersdays.conference.application.port.in.UnknownSpeaker;
import org.defendersdays.conference.application.port.in.WithdrawConsentCommand;
import org.defendersdays.conference.domain.programme.ProfileField;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Trainers, panellists and speakers in the back office, for conference admins (see the module's
 * access rules): the list with what of each is public now, a form to add one and to revise one, the
 * consent to each field (recorded with how it was given, and withdrawn), the photo (uploaded,
 * replaced, removed), and a preview of exactly what the public sees.
 *
 * <p>A form that cannot be used comes back (200) with the reasons next to its fields and the input
 * kept; nothing is stored. A change made on a page someone else has changed since is refused the
 * same way ("stale"), with what was typed kept. A photo over the upload limit is refused by the web
 * server before it is read; it comes back as a reason next to the photo field too.
 */
@Controller
@RequestMapping(SpeakerAdminController.BASE)
class SpeakerAdminController {

    static final String BASE = "/admin/conference/speakers";
    private static final String FORM = "conference/admin/speaker-form";
    private static final String STALE = "conference.speakers.stale";

    private final BrowseSpeakersUseCase speakers;
    private final AdministerSpeakersUseCase administration;

    SpeakerAdminController(BrowseSpeakersUseCase speakers, AdministerSpeakersUseCase administration) {
        this.speakers = speakers;
        this.administration = administration;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("speakers", speakers.allSpeakers().stream().map(SpeakerAdminView::of).toList());
        return "conference/admin/speakers";
    }

    @GetMapping("/new")
    String newSpeaker(Model model) {
        return page(model, null, SpeakerForm.blank(), Map.of(), Map.of());
    }

    @PostMapping
    String add(@ModelAttribute SpeakerForm form, CurrentPerson person, Model model, RedirectAttributes redirect) {
        SpeakerForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return page(model, null, form, reading.errors(), Map.of());
        }
        SpeakerId id = administration.add(person.id(), new AddSpeakerCommand(reading.profile().orElseThrow()));
        redirect.addFlashAttribute("notice", "conference.speakers.added");
        return redirectTo(id.value());
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        Speaker speaker = find(id);
        @SuppressWarnings("unchecked")
        Map<String, String> flashed = (Map<String, String>) model.getAttribute("errors");
        return page(model, speaker, SpeakerForm.of(speaker), flashed == null ? Map.of() : flashed, Map.of());
    }

    @PostMapping("/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute SpeakerForm form, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        Speaker speaker = find(id);
        SpeakerForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return page(model, speaker, form, reading.errors(), Map.of());
        }
        try {
            administration.revise(person.id(), new ReviseSpeakerCommand(speaker.id(), seen(form.version()),
                    reading.profile().orElseThrow()));
        } catch (StaleSpeaker | OptimisticLockingFailureException stale) {
            Speaker now = find(id);
            return page(model, now, form.withVersion(now.version()), Map.of("form", STALE), Map.of());
        } catch (ProgrammeRuleViolation violation) {
            return page(model, speaker, form, Map.of(violation.field(), SpeakerForm.messageKey(violation)), Map.of());
        }
        redirect.addFlashAttribute("notice", "conference.speakers.revised");
        return redirectTo(id);
    }

    @PostMapping("/{id}/consent")
    String recordConsent(@PathVariable UUID id, @RequestParam String field, @RequestParam(required = false) String how,
            @RequestParam(required = false) String version, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        ProfileField consented = field(field);
        Speaker speaker = find(id);
        try {
            administration.recordConsent(person.id(), new RecordConsentCommand(speaker.id(), seen(version), consented,
                    Optional.ofNullable(how)));
        } catch (ProgrammeRuleViolation violation) {
            return page(model, speaker, SpeakerForm.of(speaker),
                    Map.of("how-" + consented.name(), SpeakerForm.messageKey(violation)),
                    Map.of(consented.name(), how == null ? "" : how));
        } catch (StaleSpeaker | OptimisticLockingFailureException stale) {
            Speaker now = find(id);
            model.addAttribute("problem", STALE);
            return page(model, now, SpeakerForm.of(now), Map.of(), Map.of(consented.name(), how == null ? "" : how));
        }
        redirect.addFlashAttribute("notice", "conference.speakers.consent.recorded." + consented.name());
        return redirectTo(id);
    }

    @PostMapping("/{id}/consent/withdraw")
    String withdrawConsent(@PathVariable UUID id, @RequestParam String field,
            @RequestParam(required = false) String version, CurrentPerson person, RedirectAttributes redirect) {
        ProfileField withdrawn = field(field);
        return change(id, redirect, "conference.speakers.consent.withdrawn." + withdrawn.name(),
                speaker -> administration.withdrawConsent(person.id(),
                        new WithdrawConsentCommand(speaker, seen(version), withdrawn)));
    }

    /** A photo over the use case's limit is refused before its bytes are read. */
    @PostMapping("/{id}/photo")
    String replacePhoto(@PathVariable UUID id, @RequestParam(name = "photo", required = false) MultipartFile photo,
            @RequestParam(required = false) String version, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        Speaker speaker = find(id);
        if (photo != null && photo.getSize() > ReplaceSpeakerPhotoCommand.MAX_UPLOAD_BYTES) {
            return page(model, speaker, SpeakerForm.of(speaker), Map.of("photo",
                    "conference.speakers.error.photo.tooLarge"), Map.of());
        }
        try {
            administration.replacePhoto(person.id(), new ReplaceSpeakerPhotoCommand(speaker.id(), seen(version),
                    photo == null ? new byte[0] : photo.getBytes()));
        } catch (ProgrammeRuleViolation violation) {
            return page(model, speaker, SpeakerForm.of(speaker), Map.of("photo", SpeakerForm.messageKey(violation)),
                    Map.of());
        } catch (StaleSpeaker | OptimisticLockingFailureException stale) {
            return stale(id, redirect);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("notice", "conference.speakers.photo.replaced");
        return redirectTo(id);
    }

    @PostMapping("/{id}/photo/remove")
    String removePhoto(@PathVariable UUID id, @RequestParam(required = false) String version, CurrentPerson person,
            RedirectAttributes redirect) {
        return change(id, redirect, "conference.speakers.photo.removed",
                speaker -> administration.removePhoto(person.id(), new RemoveSpeakerPhotoCommand(speaker, seen(version))));
    }

    /** The stored photo for admins, public or not; never kept by a browser or proxy. */
    @GetMapping("/{id}/photo/{sha256}.jpg")
    ResponseEntity<byte[]> photoPreview(@PathVariable UUID id, @PathVariable String sha256) {
        return speakers.photoPreview(new SpeakerId(id), sha256)
                .map(jpeg -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                        .cacheControl(CacheControl.noStore().cachePrivate()).body(jpeg))
                .orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
    }

    /**
     * An upload over the server's limit (spring.servlet.multipart.max-file-size) fails when the file is
     * first read, inside this controller (multipart requests are resolved lazily): back to the page
     * with the reason next to the photo field.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        UUID id;
        try {
            id = UUID.fromString(variables == null ? "" : variables.getOrDefault("id", ""));
        } catch (IllegalArgumentException unreadable) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("photo", "conference.speakers.error.photo.tooLarge");
        RequestContextUtils.getOutputFlashMap(request).put("errors", errors);
        return redirectTo(id);
    }

    private String change(UUID id, RedirectAttributes redirect, String done, Consumer<SpeakerId> action) {
        Speaker speaker = find(id);
        try {
            action.accept(speaker.id());
        } catch (StaleSpeaker | OptimisticLockingFailureException stale) {
            return stale(id, redirect);
        } catch (UnknownSpeaker e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", done);
        return redirectTo(id);
    }

    private static String stale(UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", STALE);
        return redirectTo(id);
    }

    private Speaker find(UUID id) {
        try {
            return speakers.speaker(new SpeakerId(id));
        } catch (UnknownSpeaker e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A version that does not read as one is refused as stale (-1 is never a speaker's version). */
    private static long seen(String version) {
        return SpeakerForm.seenVersion(version).orElse(-1L);
    }

    private static ProfileField field(String name) {
        try {
            return ProfileField.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static String redirectTo(UUID id) {
        return "redirect:" + BASE + "/" + id;
    }

    private static String page(Model model, Speaker speaker, SpeakerForm form, Map<String, String> errors,
            Map<String, String> consentInput) {
        model.addAttribute("speaker", speaker == null ? null : SpeakerAdminView.of(speaker));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("consentInput", consentInput);
        model.addAttribute("fields", ProfileField.values());
        return FORM;
    }
}
