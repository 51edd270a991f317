package org.defendersdays.events;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.defendersdays.testing.AnotherPlatformInstance;
import org.defendersdays.testing.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A crash between commit and delivery leaves a publication in the outbox that no listener has
 * completed. At the next start the platform delivers it.
 */
@PlatformTest
class OutstandingEventsAreRepublishedTest {

    /** Spring's default id of a transactional event listener method: its qualified name and parameter types. */
    private static final String COMMUNITY_LISTENER =
            "org.defendersdays.community.adapter.in.event.ConferenceEditionAnnouncedListener.on("
                    + "org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced)";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIncompletePublicationIsDeliveredWhenThePlatformStartsAgain() {
        UUID editionId = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO events.event_publication
                    (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts)
                VALUES (?, ?, ?, ?, ?, 'PUBLISHED', 1)
                """, UUID.randomUUID(), COMMUNITY_LISTENER,
                "org.defendersdays.sharedkernel.events.ConferenceEditionAnnounced",
                "{\"editionId\":\"" + editionId + "\",\"year\":2199}",
                Timestamp.from(Instant.now().minusSeconds(60)));

        try (ConfigurableApplicationContext restarted = AnotherPlatformInstance.start()) {
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM community.member_group WHERE edition_id = ?", Integer.class, editionId) == 1);
        }
    }
}
