package org.defendersdays.platform;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo data (fictional people, known demo credentials in later issues) must never reach a
 * production database by accident: the {@code demo} profile is only ever switched on explicitly,
 * and it refuses to run together with the {@code prod} profile.
 */
@Component
@Profile("demo")
class DemoDataGuard {

    private static final Logger log = LoggerFactory.getLogger(DemoDataGuard.class);

    DemoDataGuard(Environment environment) {
        if (Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
            throw new IllegalStateException("The demo profile must never run with the prod profile");
        }
        log.warn("Demo profile active: fictional demo data is loaded into this database. Never use it in production.");
    }
}
