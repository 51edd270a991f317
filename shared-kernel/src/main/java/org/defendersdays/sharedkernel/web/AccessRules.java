package org.defendersdays.sharedkernel.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.defendersdays.sharedkernel.identity.Role;

/**
 * A module's declaration of who may reach its addresses. Each module provides one as a bean; the
 * app's security configuration applies all of them and denies everything else.
 *
 * @param module the declaring module, for error messages and the access-matrix report
 * @param rules the rules, most specific first
 */
public record AccessRules(String module, List<Rule> rules) {

    public AccessRules {
        Objects.requireNonNull(module, "module");
        rules = List.copyOf(rules);
    }

    /** Who may reach the addresses matching the patterns (Spring path patterns, such as {@code /conference/**}). */
    public record Rule(Audience audience, Set<Role> roles, List<String> patterns) {

        public Rule {
            Objects.requireNonNull(audience, "audience");
            roles = Set.copyOf(roles);
            patterns = List.copyOf(patterns);
            if (audience == Audience.ROLES && roles.isEmpty()) {
                throw new IllegalArgumentException("a role rule needs at least one role");
            }
        }
    }

    /** The kinds of audience a rule can name. */
    public enum Audience {
        /** Anyone, signed in or not. Read-only pages (GET) only. */
        ANYONE,
        /** Any signed-in member with a verified account. */
        MEMBERS,
        /** Signed-in people holding at least one of the rule's roles (and a second factor if any is administrative). */
        ROLES
    }

    public static Rule anyone(String... patterns) {
        return new Rule(Audience.ANYONE, Set.of(), List.of(patterns));
    }

    public static Rule members(String... patterns) {
        return new Rule(Audience.MEMBERS, Set.of(), List.of(patterns));
    }

    public static Rule roles(Set<Role> roles, String... patterns) {
        return new Rule(Audience.ROLES, roles, List.of(patterns));
    }
}
