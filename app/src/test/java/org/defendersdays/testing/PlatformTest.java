package org.defendersdays.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform, as README's run command starts it: a real server on a random port, the demo
 * data, the test PostgreSQL (see shared-kernel's TestPostgres) and SMTP server ({@link TestMailServer}),
 * with MockMvc for tests that drive the web layer directly. Every app integration test uses
 * this one configuration, so they share one application context. Tests that add data use years
 * from 2150 on, clear of the demo editions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Scheduled housekeeping is off, so it never removes rows under a running test; tests call it directly.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "defendersdays.housekeeping.stale-links.cron=-")
@ActiveProfiles("demo")
@EnableScenarios
@AutoConfigureMockMvc
public @interface PlatformTest {
}
