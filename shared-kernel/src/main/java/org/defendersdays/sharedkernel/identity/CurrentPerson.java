package org.defendersdays.sharedkernel.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in person, as a module's controller receives it (declare a {@code CurrentPerson}
 * parameter). The display name is the only name the platform knows of a person.
 */
public record CurrentPerson(PersonId id, String displayName, Set<Role> roles) {

    public CurrentPerson {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
