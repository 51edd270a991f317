package org.defendersdays.community.adapter.in.web;

import java.util.UUID;

import org.defendersdays.community.application.port.in.BrowseGroupsUseCase;
import org.defendersdays.community.application.port.in.GroupMembershipUseCase;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public pages about the community's groups: which exist, and what each is. Never their members. */
@Controller
class GroupPagesController {

    private final BrowseGroupsUseCase groups;
    private final GroupViewMapper views;
    private final GroupMembershipUseCase membership;

    GroupPagesController(BrowseGroupsUseCase groups, GroupViewMapper views, GroupMembershipUseCase membership) {
        this.groups = groups;
        this.views = views;
        this.membership = membership;
    }

    @GetMapping("/community/groups")
    String list(Model model) {
        model.addAttribute("groups", views.toViews(groups.groups()));
        return "community/groups";
    }

    /**
     * An id that is not a UUID is answered 400 by Spring's type conversion, before this runs. A
     * signed-in person is told whether they belong to the group (only about themselves).
     */
    @GetMapping("/community/groups/{id}")
    String group(@PathVariable UUID id, CurrentPerson person, Model model) {
        try {
            model.addAttribute("group", views.toView(groups.group(new GroupId(id))));
        } catch (UnknownGroup e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("member", person != null && membership.isMember(new GroupId(id), person.id()));
        return "community/group";
    }
}
