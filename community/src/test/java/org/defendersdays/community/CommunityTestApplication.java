package org.defendersdays.community;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the community module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl community -am verify}).
 */
@SpringBootApplication
public class CommunityTestApplication {
}
