package org.defendersdays.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the audit module tells the app: only platform admins reach its pages, and where it sits in the back office. */
@PlatformTest
class AuditModuleDeclarationsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void onlyPlatformAdminsMayReachTheAuditPages() {
        AccessRules rules = context.getBean("auditAccessRules", AccessRules.class);

        assertThat(rules.module()).isEqualTo("audit");
        assertThat(rules.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.audience()).isEqualTo(AccessRules.Audience.ROLES);
            assertThat(rule.roles()).containsExactly(Role.PLATFORM_ADMIN);
            assertThat(rule.patterns()).containsExactlyInAnyOrderElementsOf(List.of("/admin/audit/**", "/admin/audit"));
        });
    }

    @Test
    void theAuditLogIsABackOfficeSectionForPlatformAdminsOnly() {
        BackOfficeSection section = context.getBean("auditBackOfficeSection", BackOfficeSection.class);

        assertThat(section.id()).isEqualTo("audit.log");
        assertThat(section.path()).isEqualTo("/admin/audit");
        assertThat(section.audience()).isEqualTo(Set.of(Role.PLATFORM_ADMIN));
        assertThat(section.isFor(Set.of(Role.CONFERENCE_ADMIN, Role.MEMBER))).isFalse();
        assertThat(context.getMessage(section.titleKey(), null, Locale.ENGLISH)).isEqualTo("Audit log");
        assertThat(context.getMessage(section.titleKey(), null, Locale.forLanguageTag("ar")))
                .isEqualTo("سجل التدقيق");
    }
}
