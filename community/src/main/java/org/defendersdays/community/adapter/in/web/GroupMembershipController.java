package org.defendersdays.community.adapter.in.web;

import java.util.UUID;

import org.defendersdays.community.application.port.in.GroupMembershipUseCase;
import org.defendersdays.community.application.port.in.UnknownGroup;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in member leaves a group they belong to. */
@Controller
class GroupMembershipController {

    private final GroupMembershipUseCase membership;

    GroupMembershipController(GroupMembershipUseCase membership) {
        this.membership = membership;
    }

    @PostMapping("/community/groups/{id}/leave")
    String leave(@PathVariable UUID id, CurrentPerson person, RedirectAttributes redirect) {
        try {
            membership.leave(new GroupId(id), person.id());
        } catch (UnknownGroup e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "community.membership.left");
        return "redirect:/community/groups/" + id;
    }
}
