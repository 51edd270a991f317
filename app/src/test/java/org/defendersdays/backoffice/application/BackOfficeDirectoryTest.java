package org.defendersdays.backoffice.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.junit.jupiter.api.Test;

class BackOfficeDirectoryTest {

    private static BackOfficeSection section(String id, int order, Role... audience) {
        return new BackOfficeSection(id, id + ".title", id + ".description", "/admin/" + id, Set.of(audience), order);
    }

    private final BackOfficeDirectory directory = new BackOfficeDirectory(List.of(
            section("audit", 900, Role.PLATFORM_ADMIN),
            section("groups", 300, Role.COMMUNITY_MODERATOR, Role.PLATFORM_ADMIN),
            section("editions", 100, Role.CONFERENCE_ADMIN)));

    @Test
    void aPersonSeesOnlyTheSectionsForTheirRolesInNavigationOrder() {
        assertThat(directory.sectionsFor(Set.of(Role.MEMBER, Role.PLATFORM_ADMIN, Role.CONFERENCE_ADMIN)))
                .extracting(BackOfficeSection::id).containsExactly("editions", "groups", "audit");
        assertThat(directory.sectionsFor(Set.of(Role.COMMUNITY_MODERATOR)))
                .extracting(BackOfficeSection::id).containsExactly("groups");
    }

    @Test
    void someoneWithoutAMatchingRoleSeesNothing() {
        assertThat(directory.sectionsFor(Set.of(Role.MEMBER, Role.BOOTCAMP_ADMIN))).isEmpty();
    }

    @Test
    void sectionsWithTheSameOrderKeepAStableOrder() {
        BackOfficeDirectory tied = new BackOfficeDirectory(List.of(section("zebra", 1, Role.PLATFORM_ADMIN),
                section("alpaca", 1, Role.PLATFORM_ADMIN)));

        assertThat(tied.sectionsFor(Set.of(Role.PLATFORM_ADMIN))).extracting(BackOfficeSection::id)
                .containsExactly("alpaca", "zebra");
    }
}
