package org.defendersdays.sharedkernel.backoffice;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.defendersdays.sharedkernel.identity.Role;

/**
 * One section of the back office, contributed by a module.
 *
 * @param id a stable identifier, such as {@code conference.editions}
 * @param titleKey the message key of the section's name in the navigation
 * @param descriptionKey the message key of its one-line description on the dashboard
 * @param path where the section's pages start, under {@code /admin/}
 * @param audience the roles that see and reach the section
 * @param order where it sits in the navigation, lowest first
 */
public record BackOfficeSection(String id, String titleKey, String descriptionKey, String path, Set<Role> audience,
        int order) {

    private static final Pattern PATH = Pattern.compile("/admin/[a-z0-9-]+(/[a-z0-9-]+)*");

    public BackOfficeSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("a back office section lives under /admin/: " + path);
        }
        audience = Set.copyOf(audience);
        if (audience.isEmpty()) {
            throw new IllegalArgumentException("a back office section needs an audience");
        }
    }

    public boolean isFor(Set<Role> roles) {
        return audience.stream().anyMatch(roles::contains);
    }
}
