package org.defendersdays.conference;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the conference module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl conference -am verify}).
 */
@SpringBootApplication
public class ConferenceTestApplication {
}
