package org.defendersdays.identity.config;

import java.time.Clock;
import java.time.Duration;

import org.defendersdays.identity.application.LinkHousekeeping;
import org.defendersdays.identity.application.port.out.Invitations;
import org.defendersdays.identity.application.port.out.OneTimeTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires identity's housekeeping: stale one-time links and invitations are removed on a schedule
 * ({@code defendersdays.housekeeping.stale-links.cron}), once they expired or were used more than
 * {@code defendersdays.housekeeping.stale-links.grace} ago.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class HousekeepingConfiguration {

    @Bean
    LinkHousekeeping linkHousekeeping(OneTimeTokens tokens, Invitations invitations,
            @Value("${defendersdays.housekeeping.stale-links.grace:1d}") Duration grace) {
        return new LinkHousekeeping(tokens, invitations, grace, Clock.systemUTC());
    }
}
