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
 * from 2150 on, clear of the demo editions; a year may exist once per test database, so each test
 * class keeps to its own: app 2150+ (events), 2170-2179 (back office, programme pages, caching,
 * API), 2180 (language switch), 2199 (outstanding events); the conference module's own tests use 2100-2199 (JdbcEditionsTest
 * 2100+, JdbcProgrammeTest 2120+, ProgrammeServiceTest 2140+, ProgrammeAdminPagesTest 2160+,
 * EditionAdminPagesTest 2181-2182, ProgrammePagesTest 2190+).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// Scheduled housekeeping is off, so it never removes rows under a running test; tests call it directly.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "defendersdays.housekeeping.stale-links.cron=-", "defendersdays.housekeeping.places.cron=-",
        "defendersdays.housekeeping.passports.cron=-" })
@ActiveProfiles("demo")
@EnableScenarios
@AutoConfigureMockMvc
public @interface PlatformTest {
}
