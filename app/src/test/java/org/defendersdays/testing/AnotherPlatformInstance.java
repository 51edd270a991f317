package org.defendersdays.testing;

import org.defendersdays.DefendersDaysApplication;
import org.defendersdays.sharedkernel.testing.TestPostgres;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one more instance of the platform (with its web server on a free port) on the test
 * database, as a restart or a differently configured deployment would. The database is passed as command-line
 * arguments, which outrank {@code application.properties}, unlike the builder's default properties.
 */
public final class AnotherPlatformInstance {

    private AnotherPlatformInstance() {
    }

    public static ConfigurableApplicationContext start(String... profiles) {
        TestPostgres.Database database = TestPostgres.database();
        return new SpringApplicationBuilder(DefendersDaysApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .profiles(profiles)
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password());
    }
}
