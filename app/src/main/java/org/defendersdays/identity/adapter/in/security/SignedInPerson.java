package org.defendersdays.identity.adapter.in.security;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.defendersdays.identity.domain.SignInStage;
import org.defendersdays.sharedkernel.identity.CurrentPerson;
import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps in the session. Its name is the person's id, so sessions
 * (stored in PostgreSQL) and logs never carry an email address. The password hash is erased once
 * sign-in has checked it. While a second factor is awaited, it grants nothing but that stage.
 */
final class SignedInPerson implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 2L;

    private final UUID id;
    private final String displayName;
    private final EnumSet<Role> roles;
    private final boolean enabled;
    private final SignInStage stage;
    private String passwordHash;

    SignedInPerson(UUID id, String displayName, Set<Role> roles, String passwordHash, boolean enabled,
            SignInStage stage) {
        this.id = id;
        this.displayName = displayName;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.stage = stage;
    }

    /** The same person after passing the second factor. */
    SignedInPerson withSecondFactor() {
        return new SignedInPerson(id, displayName, roles, null, enabled, SignInStage.WITH_SECOND_FACTOR);
    }

    CurrentPerson asCurrentPerson() {
        return new CurrentPerson(new PersonId(id), displayName, stage == SignInStage.AWAITING_SECOND_FACTOR
                ? Set.of() : roles);
    }

    PersonId personId() {
        return new PersonId(id);
    }

    SignInStage stage() {
        return stage;
    }

    public String getDisplayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(stage.authority()));
        if (stage != SignInStage.AWAITING_SECOND_FACTOR) {
            roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return id.toString();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInPerson[" + id + ", " + stage + ", roles=" + List.copyOf(roles) + "]";
    }
}
