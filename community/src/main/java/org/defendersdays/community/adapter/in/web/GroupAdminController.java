package org.defendersdays.community.adapter.in.web;

import org.defendersdays.community.application.port.in.BrowseGroupsUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The groups in the back office, for community moderators (see the module's access rules). Read
 * only for now: groups are opened by the conference's announcements, and membership is not shown
 * here either, as nobody is listed without consent.
 */
@Controller
class GroupAdminController {

    private final BrowseGroupsUseCase groups;
    private final GroupViewMapper views;

    GroupAdminController(BrowseGroupsUseCase groups, GroupViewMapper views) {
        this.groups = groups;
        this.views = views;
    }

    @GetMapping("/admin/community/groups")
    String list(Model model) {
        model.addAttribute("groups", views.toViews(groups.groups()));
        return "community/admin/groups";
    }
}
