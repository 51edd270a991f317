package org.defendersdays.sharedkernel.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL that tests run against: one fresh database per test JVM.
 *
 * <p>Where Docker runs, a Testcontainers container. Otherwise a new database on the server named
 * by {@code DD_TEST_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres}, an
 * administrative database to connect to), {@code DD_TEST_PG_USER} (default {@code postgres}) and
 * {@code DD_TEST_PG_PASSWORD} (default empty). The database is dropped when the JVM ends, and
 * databases left behind by killed runs are dropped after a few hours, so a second run never trips
 * on the first. {@code DD_TEST_PG_DOCKER=false} skips the Docker check.
 */
public final class TestPostgres {

    /** Connection details for the test database. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private static final String PREFIX = "dd_test_";
    private static final Duration STALE_AFTER = Duration.ofHours(6);
    private static final Duration DROP_PATIENCE = Duration.ofSeconds(10);
    private static Database database;

    private TestPostgres() {
    }

    public static synchronized Database database() {
        if (database == null) {
            database = dockerAllowed() && DockerClientFactory.instance().isDockerAvailable()
                    ? startContainer()
                    : createLocalDatabase();
        }
        return database;
    }

    /**
     * Another new, empty database on the same server as {@link #database()}, for a test that needs
     * an installation of its own (such as one without any account). Dropped when the JVM ends.
     */
    public static synchronized Database freshDatabase() {
        Database shared = database();
        String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8);
        int slash = shared.jdbcUrl().lastIndexOf('/');
        int query = shared.jdbcUrl().indexOf('?', slash);
        String url = shared.jdbcUrl().substring(0, slash + 1) + name
                + (query < 0 ? "" : shared.jdbcUrl().substring(query));
        try (Connection connection = DriverManager.getConnection(shared.jdbcUrl(), shared.username(),
                shared.password())) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create another test database next to " + shared.jdbcUrl(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> drop(shared.jdbcUrl(), shared.username(), shared.password(), name)));
        return new Database(url, shared.username(), shared.password());
    }

    private static boolean dockerAllowed() {
        return !"false".equalsIgnoreCase(System.getenv("DD_TEST_PG_DOCKER"));
    }

    private static Database startContainer() {
        @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
        PostgreSQLContainer container = new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
        container.start();
        return new Database(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Database createLocalDatabase() {
        String adminUrl = env("DD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("DD_TEST_PG_USER", "postgres");
        String password = env("DD_TEST_PG_PASSWORD", "");
        String name = PREFIX + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
            dropStaleDatabases(admin);
            admin.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need PostgreSQL: no Docker, and could not create a database at "
                    + adminUrl + " as " + user + " (set DD_TEST_PG_URL, DD_TEST_PG_USER, DD_TEST_PG_PASSWORD)", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
        return new Database(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name, user, password);
    }

    private static void dropStaleDatabases(Connection admin) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (var rows = admin.createStatement()
                .executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'dd\\_test\\_%'")) {
            while (rows.next()) {
                String name = rows.getString(1);
                if (createdAt(name).isBefore(Instant.now().minus(STALE_AFTER))) {
                    stale.add(name);
                }
            }
        }
        for (String name : stale) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Instant createdAt(String name) {
        try {
            String seconds = name.substring(PREFIX.length(), name.indexOf('_', PREFIX.length()));
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (RuntimeException notOurs) {
            return Instant.MAX;
        }
    }

    /**
     * Runs in a JVM shutdown hook, at the same time as the hooks that close Spring's test contexts.
     * Forcing the drop at once would cut connections still in use and leave Hikari waiting for new
     * ones, so it waits until the pools have closed and forces only as a last resort.
     */
    private static void drop(String adminUrl, String user, String password, String name) {
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password)) {
            long deadline = System.nanoTime() + DROP_PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                try {
                    admin.createStatement().execute("DROP DATABASE IF EXISTS " + name);
                    return;
                } catch (SQLException stillInUse) {
                    Thread.sleep(200);
                }
            }
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("Could not drop test database " + name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    static String describe() {
        return String.format(Locale.ROOT, "test PostgreSQL at %s", database().jdbcUrl());
    }
}
