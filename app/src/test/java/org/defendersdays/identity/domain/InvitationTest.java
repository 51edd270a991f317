package org.defendersdays.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.defendersdays.sharedkernel.identity.PersonId;
import org.defendersdays.sharedkernel.identity.Role;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final EmailAddress invited = new EmailAddress("Dara@Example.org");

    @Test
    void onlyTheHashOfTheMailedSecretIsKeptAndItExpiresAfterSevenDays() {
        Invitation.Issued issued = Invitation.issue(invited, Set.of(Role.TRAINER), PersonId.generate(), NOW);

        assertThat(issued.invitation().hash()).isEqualTo(OneTimeToken.hashOf(issued.secret()))
                .isNotEqualTo(issued.secret());
        assertThat(issued.invitation().expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
        assertThat(issued.invitation().toString()).doesNotContain("dara");
    }

    @Test
    void acceptingMakesAnActiveMemberWithTheInvitedAddressAndRoles() {
        Invitation invitation = Invitation.issue(invited, Set.of(Role.TRAINER, Role.REVIEWER), PersonId.generate(),
                NOW).invitation();

        Account account = invitation.accept(PersonId.generate(), new DisplayName("Dara"), "hash", NOW);

        assertThat(account.email()).isEqualTo(new EmailAddress("dara@example.org"));
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(account.canSignIn()).isTrue();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.TRAINER, Role.REVIEWER);
    }
}
