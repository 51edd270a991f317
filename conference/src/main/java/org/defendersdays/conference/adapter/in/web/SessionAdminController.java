package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.Choice;
import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.TopicView;
import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase.ProgrammeOverview;
import org.defendersdays.conference.application.port.in.ReviseSessionCommand;
import org.defendersdays.conference.application.port.in.ScheduleSessionCommand;
import org.defendersdays.conference.application.port.in.SessionDoesNotFit;
import org.defendersdays.conference.application.port.in.StaleProgrammeEdit;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownProgrammeItem;
import org.defendersdays.conference.domain.EditionDates;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.programme.ContributionRole;
import org.defendersdays.conference.domain.programme.LanguageCode;
import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.ScheduleConflict;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.SessionType;
import org.defendersdays.conference.domain.programme.Speaker;
import org.defendersdays.conference.domain.programme.SpeakerId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The session form of an edition's programme: schedule a session, or change one. A session is saved
 * only when it fits; otherwise the form comes back (200) with every conflict next to the field it
 * concerns, naming the other session and its time, and with everything the admin typed.
 */
@Controller
@RequestMapping("/admin/conference/editions/{edition}/programme/sessions")
class SessionAdminController {

    private static final String FORM = "conference/admin/session-form";
    /** Offered when an edition has not said which languages it offers yet. */
    private static final List<String> USUAL_LANGUAGES = List.of("en", "es", "fr", "ru", "ar");

    private final BrowseProgrammeUseCase browse;
    private final AdministerProgrammeUseCase administration;

    SessionAdminController(BrowseProgrammeUseCase browse, AdministerProgrammeUseCase administration) {
        this.browse = browse;
        this.administration = administration;
    }

    @GetMapping("/new")
    String newSession(@PathVariable UUID edition, Locale locale, Model model) {
        ProgrammeOverview overview = overview(edition);
        LocalDate firstDay = overview.edition().facts().dates().map(EditionDates::start).orElse(null);
        String language = overview.edition().facts().languages().stream().findFirst().map(LanguageCode::value)
                .orElse("en");
        return form(model, locale, overview, null, SessionForm.blank(firstDay, language), new Problem.ByField());
    }

    @PostMapping
    String schedule(@PathVariable UUID edition, @ModelAttribute SessionForm form, CurrentPerson person,
            Locale locale, Model model, RedirectAttributes redirect) {
        ProgrammeOverview overview = overview(edition);
        SessionForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return form(model, locale, overview, null, form, new Problem.ByField().addAll(reading.errors()));
        }
        try {
            administration.schedule(person.id(), new ScheduleSessionCommand(overview.edition().id(),
                    reading.details().orElseThrow()));
        } catch (ProgrammeRuleViolation violation) {
            return form(model, locale, overview, null, form, rule(violation));
        } catch (SessionDoesNotFit refused) {
            return form(model, locale, overview, null, form, conflicts(overview, refused, locale));
        }
        redirect.addFlashAttribute("notice", "conference.programme.session.scheduled");
        return "redirect:/admin/conference/editions/" + edition + "/programme";
    }

    @GetMapping("/{session}")
    String edit(@PathVariable UUID edition, @PathVariable UUID session, Locale locale, Model model) {
        ProgrammeOverview overview = overview(edition);
        ProgrammeSession stored = stored(overview, session);
        return form(model, locale, overview, stored, SessionForm.of(stored), new Problem.ByField());
    }

    @PostMapping("/{session}")
    String revise(@PathVariable UUID edition, @PathVariable UUID session, @ModelAttribute SessionForm form,
            CurrentPerson person, Locale locale, Model model, RedirectAttributes redirect) {
        ProgrammeOverview overview = overview(edition);
        ProgrammeSession stored = stored(overview, session);
        SessionForm.Reading reading = form.read();
        if (reading.isValid() && reading.version().isEmpty()) {
            reading.errors().put("form", "conference.programme.form.damaged");
        }
        if (!reading.isValid()) {
            return form(model, locale, overview, stored, form, new Problem.ByField().addAll(reading.errors()));
        }
        try {
            administration.revise(person.id(), new ReviseSessionCommand(overview.edition().id(), stored.id(),
                    reading.version().orElseThrow(), reading.details().orElseThrow()));
        } catch (ProgrammeRuleViolation violation) {
            return form(model, locale, overview, stored, form, rule(violation));
        } catch (SessionDoesNotFit refused) {
            return form(model, locale, overview, stored, form, conflicts(overview, refused, locale));
        } catch (StaleProgrammeEdit | OptimisticLockingFailureException stale) {
            ProgrammeSession current = browse.session(overview.edition().id(), stored.id());
            return form(model, locale, overview, current, form.withVersion(current.version()),
                    new Problem.ByField().add("form", Problem.of("conference.programme.stale")));
        } catch (UnknownProgrammeItem gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "conference.programme.session.revised");
        return "redirect:/admin/conference/editions/" + edition + "/programme";
    }

    private static Problem.ByField rule(ProgrammeRuleViolation violation) {
        String field = violation.field().equals("slot") ? "start" : violation.field();
        return new Problem.ByField().add(field, Problem.of(violation.messageKey()));
    }

    /** Each conflict next to its field, naming the other session, its time, and the person involved. */
    private static Problem.ByField conflicts(ProgrammeOverview overview, SessionDoesNotFit refused, Locale locale) {
        Map<SessionId, ProgrammeSession> sessions = overview.sessions().stream()
                .collect(Collectors.toMap(ProgrammeSession::id, Function.identity()));
        Map<SpeakerId, String> names = overview.speakers().stream()
                .collect(Collectors.toMap(Speaker::id, speaker -> speaker.profile().name()));
        Problem.ByField problems = new Problem.ByField();
        for (ScheduleConflict conflict : refused.conflicts()) {
            Optional<ProgrammeSession> other = conflict.other().map(sessions::get);
            Object[] args = {
                other.map(session -> session.details().title()).orElse(""),
                other.map(session -> session.details().slot().day().toString()).orElse(""),
                other.map(session -> session.details().slot().start().toString()).orElse(""),
                other.map(session -> session.details().slot().end().toString()).orElse(""),
                conflict.person().map(names::get).orElse("") };
            String field = conflict.kind().field().equals("slot") ? "start" : conflict.kind().field();
            problems.add(field, new Problem(conflict.kind().messageKey(), args));
        }
        problems.add("form", Problem.of("conference.programme.session.conflicts"));
        return problems;
    }

    private static String form(Model model, Locale locale, ProgrammeOverview overview, ProgrammeSession session,
            SessionForm form, Problem.ByField problems) {
        model.addAttribute("edition", EditionAdminView.of(overview.edition()));
        model.addAttribute("sessionId", session == null ? null : session.id().toString());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.asMap());
        model.addAttribute("types", Arrays.stream(SessionType.values()).map(Enum::name).toList());
        model.addAttribute("rooms", overview.rooms().stream()
                .map(room -> new Choice(room.id().toString(), room.name())).toList());
        model.addAttribute("tracks", overview.tracks().stream()
                .map(track -> new Choice(track.id().toString(), track.name())).toList());
        model.addAttribute("topics", overview.topics().stream().map(TopicView::of).toList());
        model.addAttribute("languages", languages(overview, form, locale));
        model.addAttribute("roles", Arrays.stream(ContributionRole.values()).map(Enum::name).toList());
        model.addAttribute("speakers", overview.speakers().stream()
                .map(speaker -> new Choice(speaker.id().toString(), speaker.profile().name())).toList());
        model.addAttribute("previousParts", overview.sessions().stream()
                .filter(other -> other.details().type().mayHaveParts())
                .filter(other -> session == null || !other.id().equals(session.id()))
                .map(other -> new Choice(other.id().toString(), other.details().title() + " ("
                        + other.details().slot().day() + ", " + other.details().slot().start() + "–"
                        + other.details().slot().end() + ")"))
                .toList());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, form.rows()).boxed().toList());
        return FORM;
    }

    /** The edition's languages (or the usual ones), and whatever the form holds besides, so nothing typed is lost. */
    private static List<Choice> languages(ProgrammeOverview overview, SessionForm form, Locale locale) {
        Set<String> codes = new LinkedHashSet<>();
        overview.edition().facts().languages().forEach(code -> codes.add(code.value()));
        if (codes.isEmpty()) {
            codes.addAll(USUAL_LANGUAGES);
        }
        List<String> typed = new ArrayList<>(form.interpretation());
        typed.add(form.language());
        typed.stream().filter(code -> code != null && code.matches("[a-z]{2,3}")).forEach(codes::add);
        return codes.stream().map(code -> ProgrammeAdminViews.language(code, locale)).toList();
    }

    private ProgrammeSession stored(ProgrammeOverview overview, UUID id) {
        return overview.sessions().stream().filter(session -> session.id().value().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ProgrammeOverview overview(UUID edition) {
        try {
            return browse.programme(new EditionId(edition));
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
