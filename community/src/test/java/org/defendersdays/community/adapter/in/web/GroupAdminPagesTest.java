package org.defendersdays.community.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The groups' back office page in the module alone. Who may reach it is the app's concern (its
 * access-matrix test), as the module runs without Spring Security.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GroupAdminPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenEditionGroupUseCase openEditionGroup;

    private String page(Locale locale) throws Exception {
        return mvc.perform(get("/admin/community/groups").locale(locale)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void moderatorsSeeEveryGroupButNeverItsMembers() throws Exception {
        GroupId group = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), 2199));

        assertThat(page(Locale.ENGLISH)).contains("<h1>Community groups</h1>", "data-group=\"" + group + "\"",
                "Defenders&#39; Days 2199 participants", "Private").doesNotContain("<form", "<script", "style=");
    }

    @Test
    void thePageSpeaksArabic() throws Exception {
        openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), 2198));

        assertThat(page(Locale.forLanguageTag("ar"))).contains("<h1>مجموعات المجتمع</h1>", "العضوية");
    }
}
