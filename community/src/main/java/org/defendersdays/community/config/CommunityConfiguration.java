package org.defendersdays.community.config;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.defendersdays.community.application.AuditedGroupModeration;
import org.defendersdays.community.application.GroupService;
import org.defendersdays.community.application.port.out.Groups;
import org.defendersdays.sharedkernel.audit.AuditTrail;
import org.defendersdays.sharedkernel.backoffice.BackOfficeSection;
import org.defendersdays.sharedkernel.identity.Role;
import org.defendersdays.sharedkernel.web.AccessRules;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Wires the community module: its adapters (by scanning), its use cases (explicitly, so the
 * application layer needs no Spring stereotypes) and its own schema migrations.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.defendersdays.community.adapter")
@EnableJdbcRepositories(basePackages = "org.defendersdays.community.adapter.out.persistence")
public class CommunityConfiguration {

    private static final String ADMIN_PATH = "/admin/community";

    /** The community owns the {@code community} schema, with its own Flyway history table in it. */
    @Bean
    FlywayMigrationInitializer communitySchemaMigration(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .schemas("community")
                .createSchemas(true)
                .locations("classpath:db/migration/community")
                .load();
        return new FlywayMigrationInitializer(flyway);
    }

    /**
     * The clock is built here rather than injected, so this module neither needs nor competes with
     * a {@code Clock} bean of another module. Opening instants are recorded in UTC.
     */
    @Bean
    GroupService groupService(Groups groups) {
        return new GroupService(groups, Clock.systemUTC());
    }

    /** The back office's way in: every change a moderator makes is recorded with who made it. */
    @Bean
    AuditedGroupModeration groupModeration(GroupService groups, AuditTrail audit) {
        return new AuditedGroupModeration(groups, groups, groups, groups, audit);
    }

    /** Who may reach the community's pages; the app denies everything no module declares. */
    @Bean
    AccessRules communityAccessRules() {
        return new AccessRules("community", List.of(
                AccessRules.anyone("/community/groups", "/community/groups/*"),
                AccessRules.roles(Set.of(Role.COMMUNITY_MODERATOR), ADMIN_PATH + "/**")));
    }

    /** The groups' place in the back office, for community moderators. */
    @Bean
    BackOfficeSection communityGroupsSection() {
        return new BackOfficeSection("community.groups", "community.admin.section.title",
                "community.admin.section.description", ADMIN_PATH + "/groups", Set.of(Role.COMMUNITY_MODERATOR), 300);
    }
}
