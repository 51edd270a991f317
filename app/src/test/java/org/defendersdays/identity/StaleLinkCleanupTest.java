package org.defendersdays.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase;
import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase.StaleLinksRemoved;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Housekeeping removes one-time links and invitations that expired, or were used, more than the
 * grace period (a day by default) ago, and leaves every other one alone.
 */
@PlatformTest
class StaleLinkCleanupTest {

    private static final Duration LONG_AGO = Duration.ofDays(2);
    private static final Duration RECENTLY = Duration.ofHours(1);

    @Autowired
    RemoveStaleLinksUseCase housekeeping;

    @Autowired
    JdbcTemplate jdbc;

    private static Timestamp ago(Duration duration) {
        return Timestamp.from(Instant.now().minus(duration));
    }

    private static Timestamp in(Duration duration) {
        return Timestamp.from(Instant.now().plus(duration));
    }

    private UUID account() {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO identity.account (id, email, display_name, password_hash, status, roles, "
                + "registered_at, version) VALUES (?, ?, 'Link Owner', 'x', 'ACTIVE', '{MEMBER}', now(), 0)", id,
                Accounts.freshEmail());
        return id;
    }

    private String token(UUID person, String purpose, Timestamp expiresAt, Timestamp usedAt) {
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO identity.one_time_token (hash, purpose, person_id, expires_at, used_at) "
                + "VALUES (?, ?, ?, ?, ?)", hash, purpose, person, expiresAt, usedAt);
        return hash;
    }

    private UUID invitation(Timestamp expiresAt, Timestamp acceptedAt) {
        UUID id = UUID.randomUUID();
        String hash = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        jdbc.update("INSERT INTO identity.invitation (id, hash, email, roles, invited_by, expires_at, accepted_at) "
                + "VALUES (?, ?, ?, '{}', ?, ?, ?)", id, hash, Accounts.freshEmail(), UUID.randomUUID(), expiresAt,
                acceptedAt);
        return id;
    }

    private boolean tokenExists(String hash) {
        return jdbc.queryForObject("SELECT count(*) FROM identity.one_time_token WHERE hash = ?", Integer.class,
                hash) == 1;
    }

    private boolean invitationExists(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM identity.invitation WHERE id = ?", Integer.class, id) == 1;
    }

    @Test
    void linksExpiredOrUsedMoreThanADayAgoGoAndAllOthersStay() {
        UUID person = account();
        String expiredLongAgo = token(person, "EMAIL_VERIFICATION", ago(LONG_AGO), null);
        String usedLongAgo = token(person, "PASSWORD_RESET", in(RECENTLY), ago(LONG_AGO));
        String expiredRecently = token(person, "PASSWORD_RESET", ago(RECENTLY), null);
        String usedRecently = token(person, "EMAIL_VERIFICATION", in(RECENTLY), ago(RECENTLY));
        String fresh = token(person, "PASSWORD_RESET", in(RECENTLY), null);
        UUID invitationExpiredLongAgo = invitation(ago(LONG_AGO), null);
        UUID invitationAcceptedLongAgo = invitation(in(Duration.ofDays(5)), ago(LONG_AGO));
        UUID invitationExpiredRecently = invitation(ago(RECENTLY), null);
        UUID invitationAcceptedRecently = invitation(in(Duration.ofDays(5)), ago(RECENTLY));
        UUID freshInvitation = invitation(in(Duration.ofDays(7)), null);

        StaleLinksRemoved removed = housekeeping.removeStaleLinks();

        // Other tests' rows may be stale too, so at least ours went.
        assertThat(removed.oneTimeTokens()).isGreaterThanOrEqualTo(2);
        assertThat(removed.invitations()).isGreaterThanOrEqualTo(2);
        assertThat(tokenExists(expiredLongAgo)).isFalse();
        assertThat(tokenExists(usedLongAgo)).isFalse();
        assertThat(tokenExists(expiredRecently)).isTrue();
        assertThat(tokenExists(usedRecently)).isTrue();
        assertThat(tokenExists(fresh)).isTrue();
        assertThat(invitationExists(invitationExpiredLongAgo)).isFalse();
        assertThat(invitationExists(invitationAcceptedLongAgo)).isFalse();
        assertThat(invitationExists(invitationExpiredRecently)).isTrue();
        assertThat(invitationExists(invitationAcceptedRecently)).isTrue();
        assertThat(invitationExists(freshInvitation)).isTrue();

        // Running it again, as another instance would at the same moment, finds nothing of ours and fails nothing.
        housekeeping.removeStaleLinks();
        assertThat(tokenExists(fresh)).isTrue();
        assertThat(invitationExists(freshInvitation)).isTrue();
    }
}
