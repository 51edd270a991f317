package org.defendersdays.testing;

import java.util.Arrays;
import java.util.stream.Stream;

import org.defendersdays.DefendersDaysApplication;
import org.defendersdays.platform.OperatorCommand;
import org.defendersdays.sharedkernel.testing.TestPostgres;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one more instance of the platform (with its web server on a free port) on the test
 * database, as a restart or a differently configured deployment would. The database is passed as command-line
 * arguments, which outrank {@code application.properties}, unlike the builder's default properties.
 */
public final class AnotherPlatformInstance {

    /** A Tink keyset for instances started without the demo profile (which brings its own). */
    private static final String TEST_KEYSET = "eyJwcmltYXJ5S2V5SWQiOjc1MTk1NTAyNywia2V5IjpbeyJrZXlEYXRhIjp7InR5cGVVcmwiOiJ0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jcnlwdG8udGluay5BZXNHY21LZXkiLCJ2YWx1ZSI6IkdpRDhVR3dtZU9sVXc5aXpIelljak5XaENXaUR0VVhRcDNwNy9RQmVUQlUyZFE9PSIsImtleU1hdGVyaWFsVHlwZSI6IlNZTU1FVFJJQyJ9LCJzdGF0dXMiOiJFTkFCTEVEIiwia2V5SWQiOjc1MTk1NTAyNywib3V0cHV0UHJlZml4VHlwZSI6IlRJTksifV19Cg==";

    private AnotherPlatformInstance() {
    }

    public static ConfigurableApplicationContext start(String... profiles) {
        return startOn(TestPostgres.database(), profiles);
    }

    /** An instance on another database, such as {@link TestPostgres#freshDatabase()}. */
    public static ConfigurableApplicationContext startOn(TestPostgres.Database database, String... profiles) {
        return builder(profiles).run(arguments(database));
    }

    /**
     * Runs the jar with an operator command as {@code DefendersDaysApplication.main} does (see
     * {@link OperatorCommand}), without the demo profile, and returns the exit code {@code main} would
     * exit with, and the web server's port during the run.
     */
    public static CommandRun runCommand(TestPostgres.Database database, String... command) {
        SpringApplicationBuilder builder = builder().initializers(new OperatorCommand());
        ConfigurableApplicationContext context = builder.run(Stream.concat(Arrays.stream(arguments(database)),
                Arrays.stream(command)).toArray(String[]::new));
        if (!OperatorCommand.requested(context.getEnvironment())) {
            context.close();
            throw new IllegalArgumentException("not an operator command: " + Arrays.toString(command));
        }
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new CommandRun(SpringApplication.exit(context), port);
    }

    /** How a run with an operator command ended. */
    public record CommandRun(int exitCode, int webServerPort) {
    }

    private static SpringApplicationBuilder builder(String... profiles) {
        return new SpringApplicationBuilder(DefendersDaysApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .profiles(profiles);
    }

    private static String[] arguments(TestPostgres.Database database) {
        return new String[] { "--server.port=0",
                "--defendersdays.secrets.keyset=" + TEST_KEYSET,
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password() };
    }
}
