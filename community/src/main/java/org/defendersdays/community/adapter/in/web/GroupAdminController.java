package org.defendersdays.community.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import org.defendersdays.community.application.port.in.BrowseAllGroupsUseCase;
import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.DescribeGroupCommand;
import org.defendersdays.community.application.port.in.ModerateGroupsUseCase;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupChangedMeanwhile;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupRuleViolation;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
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
 * The groups in the back office, for community moderators (see the module's access rules): every
 * group with its status, a form to create a topic group and to describe one again, and the publish
 * and archive steps. Edition groups are listed but follow the conference. A form that cannot be
 * used comes back (200) with the reasons next to its fields and the text as typed; nothing is
 * stored. A malformed id is answered 400 by Spring's type conversion, before any of this runs.
 * Membership is not shown here either, as nobody is listed without consent.
 */
@Controller
@RequestMapping("/admin/community/groups")
class GroupAdminController {

    private static final String LIST = "redirect:/admin/community/groups";
    private static final String FORM = "community/admin/group-form";

    private final BrowseAllGroupsUseCase groups;
    private final ModerateGroupsUseCase moderation;

    GroupAdminController(BrowseAllGroupsUseCase groups, ModerateGroupsUseCase moderation) {
        this.groups = groups;
        this.moderation = moderation;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("groups", groups.allGroups().stream().map(GroupAdminView::of).toList());
        return "community/admin/groups";
    }

    @GetMapping("/new")
    String newGroup(Model model) {
        return form(model, null, GroupForm.blank(), Map.of());
    }

    @PostMapping
    String create(@ModelAttribute GroupForm form, CurrentPerson person, Model model, RedirectAttributes redirect) {
        GroupForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return form(model, null, form, reading.errors());
        }
        moderation.create(person.id(), new CreateTopicGroupCommand(reading.profile().orElseThrow()));
        redirect.addFlashAttribute("notice", "community.admin.created");
        return LIST;
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        Group group = find(id);
        if (group.profile().isEmpty()) {
            redirect.addFlashAttribute("problem", "group.edition.followsConference");
            return LIST;
        }
        return form(model, group, GroupForm.of(group), Map.of());
    }

    @PostMapping("/{id}")
    String describe(@PathVariable UUID id, @ModelAttribute GroupForm form, CurrentPerson person, Model model,
            RedirectAttributes redirect) {
        Group group = find(id);
        GroupForm.Reading reading = form.read();
        if (!reading.isValid()) {
            return form(model, group, form, reading.errors());
        }
        try {
            moderation.describe(person.id(),
                    new DescribeGroupCommand(group.id(), form.readVersion(), reading.profile().orElseThrow()));
        } catch (GroupChangedMeanwhile stale) {
            // The moderator's text stays in the form; saving it again now replaces what is stored.
            Group current = find(id);
            model.addAttribute("stored", GroupForm.of(current));
            return form(model, current, form.withVersionOf(current), Map.of("form", stale.messageKey()));
        } catch (GroupRuleViolation refused) {
            return form(model, group, form, Map.of(GroupForm.fieldOf(refused), refused.messageKey()));
        }
        redirect.addFlashAttribute("notice", "community.admin.described");
        return LIST;
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> moderation.publish(person.id(), new GroupId(id)), "community.admin.published", redirect);
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        return step(() -> moderation.archive(person.id(), new GroupId(id)), "community.admin.archived", redirect);
    }

    private Group find(UUID id) {
        try {
            return groups.anyGroup(new GroupId(id));
        } catch (UnknownGroup e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** A step the group's status does not allow (a stale page) is told on the list, not as an error page. */
    private static String step(Runnable action, String done, RedirectAttributes redirect) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (GroupRuleViolation refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
        } catch (UnknownGroup e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return LIST;
    }

    private static String form(Model model, Group group, GroupForm form, Map<String, String> errors) {
        model.addAttribute("group", group == null ? null : GroupAdminView.of(group));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return FORM;
    }
}
