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

    /** A Tink keyset for instances started without the demo profile (which brings its own). */
    private static final String TEST_KEYSET = "eyJwcmltYXJ5S2V5SWQiOjc1MTk1NTAyNywia2V5IjpbeyJrZXlEYXRhIjp7InR5cGVVcmwiOiJ0eXBlLmdvb2dsZWFwaXMuY29tL2dvb2dsZS5jcnlwdG8udGluay5BZXNHY21LZXkiLCJ2YWx1ZSI6IkdpRDhVR3dtZU9sVXc5aXpIelljak5XaENXaUR0VVhRcDNwNy9RQmVUQlUyZFE9PSIsImtleU1hdGVyaWFsVHlwZSI6IlNZTU1FVFJJQyJ9LCJzdGF0dXMiOiJFTkFCTEVEIiwia2V5SWQiOjc1MTk1NTAyNywib3V0cHV0UHJlZml4VHlwZSI6IlRJTksifV19Cg==";

    private AnotherPlatformInstance() {
    }

    public static ConfigurableApplicationContext start(String... profiles) {
        TestPostgres.Database database = TestPostgres.database();
        return new SpringApplicationBuilder(DefendersDaysApplication.class)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .profiles(profiles)
                .run("--server.port=0",
                        "--defendersdays.secrets.keyset=" + TEST_KEYSET,
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + database.username(),
                        "--spring.datasource.password=" + database.password());
    }
}
