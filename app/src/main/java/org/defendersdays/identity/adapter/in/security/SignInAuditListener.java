package org.defendersdays.identity.adapter.in.security;

import org.defendersdays.identity.application.port.in.RecordSignInUseCase;
import org.defendersdays.identity.domain.SignInStage;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Audits every sign-in, from Spring Security's authentication events. */
@Component
class SignInAuditListener {

    private final RecordSignInUseCase signIns;

    SignInAuditListener(RecordSignInUseCase signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            if (person.stage() == SignInStage.AWAITING_SECOND_FACTOR) {
                signIns.passwordPassed(person.personId());
            } else {
                signIns.succeeded(person.personId());
            }
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Object typed = event.getAuthentication().getPrincipal();
        signIns.failed(typed instanceof String email ? email : "", reasonOf(event.getException()));
    }

    private static String reasonOf(Exception failure) {
        if (failure instanceof BadCredentialsException) {
            return "badCredentials";
        }
        if (failure instanceof DisabledException) {
            return "notActive";
        }
        return "other";
    }
}
