package org.defendersdays.conference.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.Day;
import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.Item;
import org.defendersdays.conference.adapter.in.web.ProgrammeAdminViews.SessionLine;
import org.defendersdays.conference.application.port.in.AdministerEditionsUseCase;
import org.defendersdays.conference.application.port.in.AdministerProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase;
import org.defendersdays.conference.application.port.in.BrowseProgrammeUseCase.ProgrammeOverview;
import org.defendersdays.conference.application.port.in.StaleProgrammeEdit;
import org.defendersdays.conference.application.port.in.UnknownEdition;
import org.defendersdays.conference.application.port.in.UnknownProgrammeItem;
import org.defendersdays.conference.domain.EditionId;
import org.defendersdays.conference.domain.EditionRuleViolation;

import org.defendersdays.conference.domain.programme.ProgrammeRuleViolation;
import org.defendersdays.conference.domain.programme.ProgrammeSession;
import org.defendersdays.conference.domain.programme.Room;
import org.defendersdays.conference.domain.programme.RoomId;
import org.defendersdays.conference.domain.programme.SessionDetails;
import org.defendersdays.conference.domain.programme.SessionId;
import org.defendersdays.conference.domain.programme.Track;
import org.defendersdays.conference.domain.programme.TrackId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.dao.OptimisticLockingFailureException;
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

/**
 * An edition's programme in the back office: the sessions by day, publishing the programme, and the
 * edition's rooms and tracks (listed, added, renamed, removed while no session uses them). Forms that
 * cannot be used come back (200) with the reasons next to their fields; unknown ids are 404, malformed
 * ones 400.
 */
@Controller
@RequestMapping("/admin/conference/editions/{edition}/programme")
class EditionProgrammeAdminController {

    private static final String ITEMS = "conference/admin/programme-items";
    private static final String ITEM_FORM = "conference/admin/programme-item-form";

    private final BrowseProgrammeUseCase browse;
    private final AdministerProgrammeUseCase administration;
    private final AdministerEditionsUseCase editions;

    EditionProgrammeAdminController(BrowseProgrammeUseCase browse, AdministerProgrammeUseCase administration,
            AdministerEditionsUseCase editions) {
        this.browse = browse;
        this.administration = administration;
        this.editions = editions;
    }

    @GetMapping
    String programme(@PathVariable UUID edition, Locale locale, Model model) {
        ProgrammeOverview overview = overview(edition);
        Map<RoomId, String> rooms = overview.rooms().stream().collect(Collectors.toMap(Room::id, Room::name));
        Map<TrackId, String> tracks = overview.tracks().stream().collect(Collectors.toMap(Track::id, Track::name));
        Map<SessionId, ProgrammeSession> byId = overview.sessions().stream()
                .collect(Collectors.toMap(ProgrammeSession::id, Function.identity()));
        Map<LocalDate, List<SessionLine>> days = new LinkedHashMap<>();
        for (ProgrammeSession session : overview.sessions()) {
            SessionDetails details = session.details();
            boolean continued = overview.sessions().stream()
                    .anyMatch(other -> other.details().continues().filter(session.id()::equals).isPresent());
            days.computeIfAbsent(details.slot().day(), day -> new ArrayList<>()).add(new SessionLine(
                    session.id().toString(), details.slot().start().toString(), details.slot().end().toString(),
                    details.title(), details.type().name(), rooms.getOrDefault(details.room(), "?"),
                    details.track().map(tracks::get).orElse(null),
                    ProgrammeAdminViews.language(details.language(), locale).label(),
                    details.interpretation().stream().map(code -> ProgrammeAdminViews.language(code, locale).label())
                            .sorted().toList(),
                    details.chathamHouseRule(),
                    details.continues().map(byId::get).map(previous -> previous.details().title()).orElse(null),
                    continued, details.seats().map(String::valueOf).orElse(null), details.contributors().size()));
        }
        model.addAttribute("edition", EditionAdminView.of(overview.edition()));
        model.addAttribute("days", days.entrySet().stream().map(day -> new Day(day.getKey(), day.getValue())).toList());
        model.addAttribute("roomCount", overview.rooms().size());
        model.addAttribute("trackCount", overview.tracks().size());
        model.addAttribute("languages", overview.edition().facts().languages().stream()
                .map(code -> ProgrammeAdminViews.language(code, locale).label()).toList());
        return "conference/admin/programme";
    }

    @PostMapping("/publish")
    String publish(@PathVariable UUID edition, CurrentPerson person, RedirectAttributes redirect) {
        try {
            editions.publishProgramme(person.id(), new EditionId(edition));
            redirect.addFlashAttribute("notice", "conference.admin.programmePublished");
        } catch (EditionRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/conference/editions/" + edition + "/programme";
    }

    @PostMapping("/sessions/{session}/delete")
    String remove(@PathVariable UUID edition, @PathVariable UUID session, CurrentPerson person,
            RedirectAttributes redirect) {
        try {
            administration.remove(person.id(), new EditionId(edition), new SessionId(session));
            redirect.addFlashAttribute("notice", "conference.programme.session.removed");
        } catch (ProgrammeRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (UnknownEdition | UnknownProgrammeItem e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/conference/editions/" + edition + "/programme";
    }

    // ---- rooms and tracks: the same pages for both

    @GetMapping("/{kind}")
    String items(@PathVariable UUID edition, @PathVariable String kind, Model model) {
        return items(model, overview(edition), kind(kind), new ItemForm("", "", ""), new Problem.ByField());
    }

    @PostMapping("/{kind}")
    String add(@PathVariable UUID edition, @PathVariable String kind, ItemForm form, CurrentPerson person,
            Model model, RedirectAttributes redirect) {
        kind(kind);
        ProgrammeOverview overview = overview(edition);
        try {
            if (kind.equals("rooms")) {
                administration.addRoom(person.id(), overview.edition().id(), form.name(), present(form.note()));
            } else {
                administration.addTrack(person.id(), overview.edition().id(), form.name(), present(form.note()));
            }
        } catch (ProgrammeRuleViolation violation) {
            return items(model, overview, kind, form, new Problem.ByField().add(violation.field(),
                    Problem.of(violation.messageKey())));
        }
        redirect.addFlashAttribute("notice", "conference.programme." + kind + ".added");
        return "redirect:/admin/conference/editions/" + edition + "/programme/" + kind;
    }

    @GetMapping("/{kind}/{item}")
    String item(@PathVariable UUID edition, @PathVariable String kind, @PathVariable UUID item, Model model) {
        ProgrammeOverview overview = overview(edition);
        Item found = find(overview, kind(kind), item);
        return itemForm(model, overview, kind, found.id(), new ItemForm(found.name(), found.note(),
                String.valueOf(found.version())), new Problem.ByField());
    }

    @PostMapping("/{kind}/{item}")
    String revise(@PathVariable UUID edition, @PathVariable String kind, @PathVariable UUID item, ItemForm form,
            CurrentPerson person, Model model, RedirectAttributes redirect) {
        ProgrammeOverview overview = overview(edition);
        Item found = find(overview, kind(kind), item);
        long version;
        try {
            version = Long.parseLong(form.version());
        } catch (RuntimeException damaged) {
            return itemForm(model, overview, kind, found.id(), form, new Problem.ByField().add("form",
                    Problem.of("conference.programme.form.damaged")));
        }
        try {
            if (kind.equals("rooms")) {
                administration.reviseRoom(person.id(), overview.edition().id(), new RoomId(item), version,
                        form.name(), present(form.note()));
            } else {
                administration.reviseTrack(person.id(), overview.edition().id(), new TrackId(item), version,
                        form.name(), present(form.note()));
            }
        } catch (ProgrammeRuleViolation violation) {
            return itemForm(model, overview, kind, found.id(), form, new Problem.ByField().add(violation.field(),
                    Problem.of(violation.messageKey())));
        } catch (StaleProgrammeEdit | OptimisticLockingFailureException stale) {
            return itemForm(model, overview, kind, found.id(), form.withVersion(found.version()),
                    new Problem.ByField().add("form", Problem.of("conference.programme.stale")));
        }
        redirect.addFlashAttribute("notice", "conference.programme." + kind + ".revised");
        return "redirect:/admin/conference/editions/" + edition + "/programme/" + kind;
    }

    /**
     * Removes a room or track read at {@code version}. A refusal (still in use, changed meanwhile)
     * comes back to the item's page as the reason, and nothing is removed.
     */
    @PostMapping("/{kind}/{item}/delete")
    String remove(@PathVariable UUID edition, @PathVariable String kind, @PathVariable UUID item,
            @RequestParam(required = false) String version, CurrentPerson person, RedirectAttributes redirect) {
        ProgrammeOverview overview = overview(edition);
        find(overview, kind(kind), item);
        String list = "redirect:/admin/conference/editions/" + edition + "/programme/" + kind;
        long seen;
        try {
            seen = Long.parseLong(version);
        } catch (RuntimeException damaged) {
            redirect.addFlashAttribute("problem", "conference.programme.form.damaged");
            return list + "/" + item;
        }
        try {
            if (kind.equals("rooms")) {
                administration.removeRoom(person.id(), overview.edition().id(), new RoomId(item), seen);
            } else {
                administration.removeTrack(person.id(), overview.edition().id(), new TrackId(item), seen);
            }
        } catch (ProgrammeRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            return list + "/" + item;
        } catch (StaleProgrammeEdit | OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("problem", "conference.programme.removeStale");
            return list + "/" + item;
        } catch (UnknownEdition | UnknownProgrammeItem gone) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "conference.programme." + kind + ".removed");
        return list;
    }

    /** A room or track form as typed. */
    record ItemForm(String name, String note, String version) {

        ItemForm withVersion(long newVersion) {
            return new ItemForm(name, note, String.valueOf(newVersion));
        }
    }

    /** Rooms and tracks share their pages; any other word is no page at all. */
    private static String kind(String kind) {
        if (!kind.equals("rooms") && !kind.equals("tracks")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return kind;
    }

    private static List<Item> itemsOf(ProgrammeOverview overview, String kind) {
        return kind.equals("rooms")
                ? overview.rooms().stream().map(room -> new Item(room.id().toString(), room.name(),
                        room.note().orElse(""), room.version())).toList()
                : overview.tracks().stream().map(track -> new Item(track.id().toString(), track.name(),
                        track.note().orElse(""), track.version())).toList();
    }

    private static Item find(ProgrammeOverview overview, String kind, UUID id) {
        return itemsOf(overview, kind).stream().filter(item -> item.id().equals(id.toString())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String items(Model model, ProgrammeOverview overview, String kind, ItemForm form,
            Problem.ByField problems) {
        model.addAttribute("edition", EditionAdminView.of(overview.edition()));
        model.addAttribute("kind", kind);
        model.addAttribute("items", itemsOf(overview, kind));
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.asMap());
        return ITEMS;
    }

    private static String itemForm(Model model, ProgrammeOverview overview, String kind, String id, ItemForm form,
            Problem.ByField problems) {
        model.addAttribute("edition", EditionAdminView.of(overview.edition()));
        model.addAttribute("kind", kind);
        model.addAttribute("itemId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems.asMap());
        return ITEM_FORM;
    }

    private ProgrammeOverview overview(UUID edition) {
        try {
            return browse.programme(new EditionId(edition));
        } catch (UnknownEdition e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    static Optional<String> present(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

}
