package org.defendersdays.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.defendersdays.testing.AnotherPlatformInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo data (fictional people, later demo credentials) never reaches production by accident. */
class DemoProfileTest {

    @Test
    void withoutTheDemoProfileNoDemoDataLoaderExists() {
        try (ConfigurableApplicationContext context = AnotherPlatformInstance.start("prod")) {
            assertThat(context.getBeansOfType(ApplicationRunner.class).values())
                    .noneMatch(runner -> runner.getClass().getPackageName().contains(".adapter.in.demo"));
        }
    }

    @Test
    void theDemoProfileRefusesToRunWithProduction() {
        assertThatThrownBy(() -> AnotherPlatformInstance.start("demo", "prod"))
                .rootCause().hasMessage("The demo profile must never run with the prod profile");
    }
}
