package org.defendersdays.identity.adapter.in.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.defendersdays.identity.application.port.in.RemoveStaleLinksUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The housekeeping runs on the configured cron (hourly by default), can be switched off, and survives a failure. */
class StaleLinkCleanupScheduleTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Scheduling.class);

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Scheduling {

        @Bean
        StaleLinkCleanup staleLinkCleanup() {
            return new StaleLinkCleanup(() -> new RemoveStaleLinksUseCase.StaleLinksRemoved(0, 0));
        }
    }

    private static List<String> cronExpressions(ScheduledTaskHolder holder) {
        return holder.getScheduledTasks().stream().map(ScheduledTask::getTask)
                .filter(CronTask.class::isInstance).map(task -> ((CronTask) task).getExpression()).toList();
    }

    @Test
    void runsHourlyByDefault() {
        context.run(started -> assertThat(cronExpressions(started.getBean(ScheduledTaskHolder.class)))
                .containsExactly("0 41 * * * *"));
    }

    @Test
    void runsOnTheConfiguredCronOrNotAtAll() {
        context.withPropertyValues("defendersdays.housekeeping.stale-links.cron=0 7 3 * * *")
                .run(started -> assertThat(cronExpressions(started.getBean(ScheduledTaskHolder.class)))
                        .containsExactly("0 7 3 * * *"));
        context.withPropertyValues("defendersdays.housekeeping.stale-links.cron=-")
                .run(started -> assertThat(started.getBean(ScheduledTaskHolder.class).getScheduledTasks()).isEmpty());
    }

    @Test
    void aFailedRunIsLeftForTheNextOne() {
        AtomicInteger calls = new AtomicInteger();
        StaleLinkCleanup cleanup = new StaleLinkCleanup(() -> {
            calls.incrementAndGet();
            throw new IllegalStateException("database unreachable");
        });

        assertThatNoException().isThrownBy(cleanup::removeStaleLinks);
        assertThat(calls).hasValue(1);
    }
}
