package org.defendersdays.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase.StaleLinksRemoved;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.defendersdays.identity.domain.Invitation;
import org.defendersdays.identity.domain.OneTimeToken;
import org.defendersdays.identity.domain.TokenPurpose;
import org.junit.jupiter.api.Test;

/** The cutoff is the clock's now minus the grace period, for tokens and invitations alike. */
class LinkHousekeepingTest {

    private static final Instant NOW = Instant.parse("2030-03-01T12:00:00Z");

    private final List<Instant> tokenCutoffs = new ArrayList<>();
    private final List<Instant> invitationCutoffs = new ArrayList<>();

    private final OneTimeTokens tokens = new OneTimeTokens() {
        @Override
        public void store(OneTimeToken token) {
        }

        @Override
        public Optional<OneTimeToken> consume(String hash, TokenPurpose purpose, Instant now) {
            return Optional.empty();
        }

        @Override
        public boolean isUsable(String hash, TokenPurpose purpose, Instant now) {
            return false;
        }

        @Override
        public int removeExpiredOrUsedBefore(Instant cutoff) {
            tokenCutoffs.add(cutoff);
            return 3;
        }
    };

    private final Invitations invitations = new Invitations() {
        @Override
        public void store(Invitation invitation) {
        }

        @Override
        public Optional<Invitation> consume(String hash, Instant now) {
            return Optional.empty();
        }

        @Override
        public boolean isUsable(String hash, Instant now) {
            return false;
        }

        @Override
        public int removeExpiredOrAcceptedBefore(Instant cutoff) {
            invitationCutoffs.add(cutoff);
            return 1;
        }
    };

    @Test
    void removesWhatWentStaleBeforeNowMinusTheGracePeriod() {
        LinkHousekeeping housekeeping = new LinkHousekeeping(tokens, invitations, Duration.ofDays(1),
                Clock.fixed(NOW, ZoneOffset.UTC));

        StaleLinksRemoved removed = housekeeping.removeStaleLinks();

        assertThat(removed).isEqualTo(new StaleLinksRemoved(3, 1));
        assertThat(tokenCutoffs).containsExactly(Instant.parse("2030-02-28T12:00:00Z"));
        assertThat(invitationCutoffs).containsExactly(Instant.parse("2030-02-28T12:00:00Z"));
    }

    @Test
    void aNegativeGracePeriodIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LinkHousekeeping(tokens, invitations,
                Duration.ofHours(-1), Clock.fixed(NOW, ZoneOffset.UTC)));
    }
}
