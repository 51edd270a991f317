package org.defendersdays.bootcamp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Boots the bootcamp module alone, so it can be built and tested without the other modules
 * ({@code ./mvnw -pl bootcamp -am verify}).
 */
@SpringBootApplication
public class BootcampTestApplication {
}
