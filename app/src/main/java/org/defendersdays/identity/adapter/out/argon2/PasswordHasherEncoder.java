package org.defendersdays.identity.adapter.out.argon2;

import org.defendersdays.identity.application.port.out.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Lets Spring Security's sign-in check passwords with identity's own password hasher. */
@Component
class PasswordHasherEncoder implements PasswordEncoder {

    private final PasswordHasher hasher;

    PasswordHasherEncoder(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hasher.hash(rawPassword.toString());
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return encodedPassword != null && hasher.matches(rawPassword.toString(), encodedPassword);
    }
}
