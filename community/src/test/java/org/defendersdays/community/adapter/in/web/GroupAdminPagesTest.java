package org.defendersdays.community.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.defendersdays.community.CommunityTestApplication;
import org.defendersdays.community.application.port.in.BrowseAllGroupsUseCase;
import org.defendersdays.community.application.port.in.OpenEditionGroupUseCase;
import org.defendersdays.community.domain.EditionReference;
import org.defendersdays.community.domain.Group;
import org.defendersdays.community.domain.GroupId;
import org.defendersdays.community.domain.GroupProfile;
import org.defendersdays.community.domain.GroupStatus;
import org.defendersdays.sharedkernel.audit.AuditEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The groups' back office pages in the module alone: what they show and store. Who may reach them
 * is the app's concern (its access-matrix test, which also sends the CSRF token), as the module runs
 * without Spring Security. Every test uses names of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GroupAdminPagesTest {

    private static final String GROUPS = "/admin/community/groups";

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenEditionGroupUseCase openEditionGroup;

    @Autowired
    BrowseAllGroupsUseCase groups;

    private record Page(int status, String body, String redirect) {
    }

    private Page perform(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        return new Page(response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8),
                response.getRedirectedUrl());
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    private Optional<Group> named(String name) {
        return groups.allGroups().stream()
                .filter(group -> group.profile().map(GroupProfile::name).filter(name::equals).isPresent()).findFirst();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void moderatorsSeeEveryGroupButNeverItsMembers() throws Exception {
        GroupId group = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), 2199));

        String page = perform(get(GROUPS).locale(Locale.ENGLISH)).body();

        assertThat(page).contains("<h1>Community groups</h1>", "data-group=\"" + group + "\"",
                "Defenders&#39; Days 2199 participants", "Private", "Edition participants", "Published",
                "Follows the conference edition.", "href=\"" + GROUPS + "/new\"")
                .doesNotContain("action=\"" + GROUPS + "/" + group, "<script", "style=");
    }

    @Test
    void aModeratorCreatesADraftEditsItPublishesAndArchivesItAndEachStepIsAudited() throws Exception {
        String name = unique("Digital security circle");

        Page created = perform(form(GROUPS, Map.of("name", "  " + name + " ", "description",
                "Devices and accounts.\r\n\r\nBeginners welcome.")));

        assertThat(created.status()).isEqualTo(302);
        assertThat(created.redirect()).isEqualTo(GROUPS);
        Group draft = named(name).orElseThrow();
        String id = draft.id().toString();
        assertThat(draft.status()).isEqualTo(GroupStatus.DRAFT);
        assertThat(draft.profile().orElseThrow().description()).contains("Devices and accounts.\n\nBeginners welcome.");
        assertThat(perform(get(GROUPS)).body()).contains(name, "Draft", "Publish " + name,
                "action=\"" + GROUPS + "/" + id + "/publish\"").doesNotContain("Archive " + name);
        assertThat(perform(get("/community/groups/" + id)).status()).as("a draft is not public").isEqualTo(404);

        Page form = perform(get(GROUPS + "/" + id));
        assertThat(form.body()).contains("<title>Edit " + name + " - Back office - Defenders&#39; Days</title>",
                "value=\"" + name + "\"", "Devices and accounts.", "name=\"version\" value=\"0\"", "Status: Draft");

        String renamed = unique("Digital safety circle");
        Page described = perform(form(GROUPS + "/" + id, Map.of("name", renamed, "description", "", "version", "0")));
        assertThat(described.redirect()).isEqualTo(GROUPS);
        assertThat(named(renamed).orElseThrow().profile().orElseThrow().description()).isEmpty();

        assertThat(perform(post(GROUPS + "/" + id + "/publish")).redirect()).isEqualTo(GROUPS);
        assertThat(named(renamed).orElseThrow().status()).isEqualTo(GroupStatus.PUBLISHED);
        assertThat(perform(get("/community/groups/" + id)).status()).isEqualTo(200);

        assertThat(perform(post(GROUPS + "/" + id + "/archive")).redirect()).isEqualTo(GROUPS);
        assertThat(named(renamed).orElseThrow().status()).isEqualTo(GroupStatus.ARCHIVED);
        assertThat(perform(get("/community/groups/" + id)).status()).isEqualTo(404);

        assertThat(CommunityTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(id)))
                .extracting(AuditEntry::action).containsExactly("community.group.created",
                        "community.group.described", "community.group.published", "community.group.archived");
        assertThat(CommunityTestApplication.AUDITED).filteredOn(entry -> entry.targetId().equals(Optional.of(id)))
                .allMatch(entry -> entry.actor().equals(Optional.of(CommunityTestApplication.MODERATOR.id())));
    }

    @Test
    void badInputComesBackWithTheReasonsNextToTheFieldsAndNothingIsStored() throws Exception {
        String description = "Kept as typed <b>bold</b>";
        assertRefused(GROUPS, Map.of("name", "   ", "description", description), "name", "Enter the group&#39;s name");
        assertRefused(GROUPS, Map.of("name", "n".repeat(121)), "name", "at most 120 characters");
        assertRefused(GROUPS, Map.of("name", "Two\nlines"), "name", "cannot contain line breaks");
        assertRefused(GROUPS, Map.of("name", "Long story", "description", "d".repeat(1001)), "description",
                "at most 1000 characters");
        assertRefused(GROUPS, Map.of("name", "Nul", "description", "a\u0000b"), "description",
                "cannot contain control characters");

        Page both = perform(form(GROUPS, Map.of("name", "", "description", "d".repeat(1001))));
        assertThat(both.body()).as("both reasons at once").contains("id=\"name-error\"", "id=\"description-error\"");
        Page typed = perform(form(GROUPS, Map.of("name", "", "description", description)));
        assertThat(typed.body()).as("the text comes back escaped").contains("Kept as typed &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<b>bold</b>");
        assertThat(named("Long story")).isEmpty();
        assertThat(named("Nul")).isEmpty();
    }

    @Test
    void aBadEditIsShownAndTheGroupKeepsItsProfile() throws Exception {
        String name = unique("Well-being");
        perform(form(GROUPS, Map.of("name", name)));
        String id = named(name).orElseThrow().id().toString();

        assertRefused(GROUPS + "/" + id, Map.of("name", "", "version", "0"), "name", "Enter the group&#39;s name");

        assertThat(named(name)).isPresent();
    }

    @Test
    void anEditFromAStalePageIsRefusedWithTheTextKeptAndTheOtherChangeShown() throws Exception {
        String name = unique("Documentation");
        perform(form(GROUPS, Map.of("name", name)));
        String id = named(name).orElseThrow().id().toString();
        String first = unique("First moderator");
        perform(form(GROUPS + "/" + id, Map.of("name", first, "version", "0")));

        String second = unique("Second moderator");
        Page stale = perform(form(GROUPS + "/" + id, Map.of("name", second, "description", "Mine", "version", "0")));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else saved this group while you were editing it",
                "value=\"" + second + "\"", "Mine", "What is saved now", first, "name=\"version\" value=\"1\"");
        assertThat(named(first)).isPresent();
        assertThat(named(second)).isEmpty();

        Page again = perform(form(GROUPS + "/" + id, Map.of("name", second, "version", "1")));
        assertThat(again.redirect()).as("saving again, knowingly, replaces it").isEqualTo(GROUPS);
        assertThat(named(second)).isPresent();

        Page garbled = perform(form(GROUPS + "/" + id, Map.of("name", first, "version", "latest")));
        assertThat(garbled.status()).isEqualTo(200);
        assertThat(garbled.body()).contains("Someone else saved this group");
        assertThat(named(second)).isPresent();
    }

    @Test
    void stepsTheStatusDoesNotAllowAreToldOnTheListAndEditionGroupsAreNotModeratedHere() throws Exception {
        String name = unique("Exile");
        perform(form(GROUPS, Map.of("name", name)));
        String id = named(name).orElseThrow().id().toString();
        GroupId edition = openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), 2197));

        Page archiveDraft = perform(post(GROUPS + "/" + id + "/archive"));
        assertThat(archiveDraft.redirect()).isEqualTo(GROUPS);
        assertThat(mvc.perform(get(GROUPS).flashAttr("problem", "group.archive.notPublished")).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Only a published group can be archived.");
        assertThat(named(name).orElseThrow().status()).isEqualTo(GroupStatus.DRAFT);

        assertThat(perform(post(GROUPS + "/" + edition + "/publish")).redirect()).isEqualTo(GROUPS);
        assertThat(perform(get(GROUPS + "/" + edition)).redirect()).isEqualTo(GROUPS);
        assertThat(perform(form(GROUPS + "/" + edition, Map.of("name", "Renamed", "version", "0"))).body())
                .contains("follows the conference");
        assertThat(groups.anyGroup(edition).profile()).isEmpty();
    }

    @Test
    void unknownGroupsAreNotFoundAndMalformedIdsAreBadRequests() throws Exception {
        String unknown = GROUPS + "/" + UUID.randomUUID();
        assertThat(perform(get(unknown)).status()).isEqualTo(404);
        assertThat(perform(form(unknown, Map.of("name", "Circle", "version", "0"))).status()).isEqualTo(404);
        assertThat(perform(post(unknown + "/publish")).status()).isEqualTo(404);
        assertThat(perform(post(unknown + "/archive")).status()).isEqualTo(404);
        assertThat(perform(get(GROUPS + "/not-an-id")).status()).isEqualTo(400);
        assertThat(perform(post(GROUPS + "/not-an-id/publish")).status()).isEqualTo(400);
    }

    @Test
    void thePagesSpeakArabicAndCarryNoScriptOrInlineStyle() throws Exception {
        openEditionGroup.openFor(new EditionReference(UUID.randomUUID(), 2198));
        Locale arabic = Locale.forLanguageTag("ar");

        String list = perform(get(GROUPS).locale(arabic)).body();
        String form = perform(get(GROUPS + "/new").locale(arabic)).body();
        String refused = perform(form(GROUPS, Map.of("name", "")).locale(arabic)).body();

        assertThat(list).contains("<h1>مجموعات المجتمع</h1>", "العضوية", "إنشاء مجموعة حول موضوع")
                .doesNotContain("<script", "style=");
        assertThat(form).contains("<label for=\"name\">الاسم</label>", "حفظ المسودة").doesNotContain("<script", "style=");
        assertThat(refused).contains("أدخل اسم المجموعة.");
    }

    private void assertRefused(String path, Map<String, String> fields, String field, String reason)
            throws Exception {
        Page page = perform(form(path, fields));

        assertThat(page.status()).as("status for %s", fields).isEqualTo(200);
        assertThat(page.body()).as("reasons for %s", fields)
                .contains("Please correct what is marked", "id=\"" + field + "-error\"", reason)
                .contains("aria-invalid=\"true\"", "aria-describedby=\"" + field + "-hint " + field + "-error\"");
    }
}
