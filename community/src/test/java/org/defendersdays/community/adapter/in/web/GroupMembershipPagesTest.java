package org.defendersdays.community.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.defendersdays.community.CommunityTestApplication.MODERATOR;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.defendersdays.community.application.port.in.AdmitToEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A member sees that they belong to a group, and only that about its members, and can leave it.
 * The signed-in person is the module test application's moderator.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GroupMembershipPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AdmitToEditionGroupUseCase admit;

    @Test
    void aMemberSeesTheirMembershipAndLeaves() throws Exception {
        GroupId group = admit.admit(new EditionReference(UUID.randomUUID(), 2079), MODERATOR.id());

        String page = page("/community/groups/" + group);
        assertThat(page).contains("You are a member of this group", "/community/groups/" + group + "/leave")
                .doesNotContain(MODERATOR.id().toString(), MODERATOR.displayName());

        mvc.perform(post("/community/groups/{id}/leave", group.value()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/community/groups/" + group));
        assertThat(page("/community/groups/" + group)).doesNotContain("You are a member of this group");
    }

    @Test
    void someoneWhoIsNotAMemberIsToldNothing() throws Exception {
        GroupId group = admit.admit(new EditionReference(UUID.randomUUID(), 2079),
                new org.defendersdays.sharedkernel.identity.PersonId(UUID.randomUUID()));
        assertThat(page("/community/groups/" + group)).doesNotContain("You are a member", "/leave");
    }

    @Test
    void leavingAnUnknownGroupIsNotFound() throws Exception {
        mvc.perform(post("/community/groups/{id}/leave", UUID.randomUUID())).andExpect(status().isNotFound());
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
