package org.defendersdays.conference.config;

import org.defendersdays.conference.domain.EditionYearTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code bench} profile (with {@code demo}, for {@code bin/benchmark-agenda}): a published agenda of
 * 64 fictional sessions in the year {@value #YEAR}, made once, so the load test measures an agenda
 * of realistic size whatever the demo data holds.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class AgendaBenchmarkData {

    static final int YEAR = 2099;

    private static final Logger log = LoggerFactory.getLogger(AgendaBenchmarkData.class);

    @Bean
    ApplicationRunner benchmarkProgramme(SampleProgramme sample) {
        return args -> {
            try {
                sample.make(YEAR);
                log.info("Benchmark data: a published agenda of 64 sessions in {}", YEAR);
            } catch (EditionYearTaken alreadyThere) {
                log.info("Benchmark data: the {} agenda is already there", YEAR);
            }
        };
    }
}
