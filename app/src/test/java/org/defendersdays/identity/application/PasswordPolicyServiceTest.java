package org.defendersdays.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.defendersdays.identity.application.port.in.CandidatePassword;
import org.defendersdays.identity.application.port.in.PasswordCheck;
import org.defendersdays.identity.application.port.out.CommonPasswords;
import org.defendersdays.identity.domain.password.Password;
import org.defendersdays.identity.domain.password.PasswordOwner;
import org.defendersdays.identity.domain.password.PasswordPolicy;
import org.defendersdays.identity.domain.password.PasswordViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyServiceTest {

    /** An in-memory list, lowercase like the shipped one. */
    private static final CommonPasswords LIST = password -> Set.of("password", "123456789012", "qwertyuiop12")
            .contains(password.canonicalText().toLowerCase(Locale.ROOT));

    private final PasswordPolicyService service = new PasswordPolicyService(new PasswordPolicy(List.of("Defenders")), LIST);

    private PasswordCheck check(String password) {
        return service.check(new CandidatePassword(Password.of(password), PasswordOwner.of("maria@example.org", "Maria")));
    }

    @Test
    void aListedPasswordIsRefusedWhateverItsCase() {
        assertThat(check("QWERTYUIOP12").violations()).containsExactly(PasswordViolation.COMMONLY_USED);
        assertThat(check("qwertyUIOP12").violations()).containsExactly(PasswordViolation.COMMONLY_USED);
    }

    @Test
    void theVerdictListsEveryMessageKeyInAStableOrder() {
        PasswordCheck check = check("Password");

        assertThat(check.isAcceptable()).isFalse();
        assertThat(check.messageKeys()).containsExactly("identity.password.tooShort", "identity.password.breached");
    }

    @Test
    void aStrongPassphraseIsAcceptable() {
        PasswordCheck check = check("tangerine orbit velvet harbour");

        assertThat(check.isAcceptable()).isTrue();
        assertThat(check.messageKeys()).isEmpty();
    }
}
