package org.defendersdays.community.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.defendersdays.community.application.port.in.CreateTopicGroupCommand;
import org.defendersdays.community.application.port.in.CreateTopicGroupUseCase;
import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.application.port.in.PublishGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The group pages, rendered with the real templates and messages, over the real PostgreSQL. */
@SpringBootTest
@AutoConfigureMockMvc
class GroupPagesControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenEditionGroupUseCase openEditionGroup;

    @Autowired
    CreateTopicGroupUseCase createTopic;

    @Autowired
    PublishGroupUseCase publish;

    @Test
    void theListShowsThatAGroupExistsAndLinksToIt() throws Exception {
        int year = anyYear();
        GroupId group = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), year));

        String page = page("/community/groups", Locale.ENGLISH);

        assertThat(page).contains("<h1>Community groups</h1>")
                .contains("href=\"/community/groups/" + group + "\"")
                .contains("Days " + year + " participants")
                .contains("never who belongs to them");
    }

    @Test
    void aGroupPageSaysWhatTheGroupIsWhichEditionItBelongsToAndThatMembershipIsPrivate() throws Exception {
        int year = anyYear();
        GroupId group = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), year));

        String page = page("/community/groups/" + group, Locale.ENGLISH);

        assertThat(page).contains("<title>Defenders&#39; Days " + year + " participants - Community</title>")
                .contains("<h1>Defenders&#39; Days " + year + " participants</h1>")
                .contains("accepted to this edition of the conference")
                .contains("href=\"/conference/editions/" + year + "\"")
                .contains("Only the group&#39;s own members can see who belongs to it.");
    }

    @Test
    void aPublishedTopicGroupIsListedWithItsNameAndDescriptionButADraftIsNotFound() throws Exception {
        String name = "Digital security circle " + UUID.randomUUID().toString().substring(0, 8);
        GroupId published = createTopic.create(new CreateTopicGroupCommand(
                GroupProfile.of(name, "Devices and accounts.\n\nBeginners <welcome>.")));
        publish.publish(published);
        String draftName = "Draft circle " + UUID.randomUUID().toString().substring(0, 8);
        GroupId draft = createTopic.create(new CreateTopicGroupCommand(GroupProfile.of(draftName, null)));

        assertThat(page("/community/groups", Locale.ENGLISH)).contains(name, "Devices and accounts.",
                "href=\"/community/groups/" + published + "\"").doesNotContain(draftName, draft.toString());
        assertThat(page("/community/groups/" + published, Locale.ENGLISH))
                .contains("<title>" + name + " - Community</title>", "<h1 dir=\"auto\">" + name + "</h1>",
                        "<p class=\"description\" dir=\"auto\">Devices and accounts.</p>",
                        "Beginners &lt;welcome&gt;.", "around this topic", "Only the group&#39;s own members")
                .doesNotContain("/conference/editions/");
        mvc.perform(get("/community/groups/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownGroupIsNotFound() throws Exception {
        mvc.perform(get("/community/groups/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedGroupIdIsABadRequest() throws Exception {
        mvc.perform(get("/community/groups/not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void pagesSpeakArabic() throws Exception {
        GroupId group = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), anyYear()));

        assertThat(page("/community/groups", Locale.forLanguageTag("ar")))
                .contains("<h1>مجموعات المجتمع</h1>")
                .contains("المشاركون في أيام المدافعين");
        assertThat(page("/community/groups/" + group, Locale.forLanguageTag("ar")))
                .contains("كل المجموعات")
                .contains("لا يرى من ينتمي إلى المجموعة إلا أعضاؤها أنفسهم.");
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).locale(locale))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static int anyYear() {
        return ThreadLocalRandom.current().nextInt(2013, 2201);
    }
}
