package dev.rallypoint.test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A throw-away PostgreSQL database for this test run (this JVM), created on first use and dropped
 * when the JVM exits. It lives on the local server ({@code RALLYPOINT_TEST_POSTGRES_HOST},
 * {@code _PORT}, {@code _USER}, {@code _PASSWORD}; default 127.0.0.1:5432 as postgres), or in a
 * Testcontainers PostgreSQL when no local server answers and Docker is available. Databases that
 * earlier killed runs left behind are dropped after a day.
 */
public final class TestDatabase {

    private static final String PREFIX = "rptest_";

    private static final Duration ABANDONED_AFTER = Duration.ofDays(1);

    private static TestDatabase instance;

    private final String baseUrl;

    private final String username;

    private final String password;

    private final String name;

    private TestDatabase(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl;
        this.username = username;
        this.password = password;
        this.name = PREFIX + Instant.now().getEpochSecond() + "_" + module() + "_"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
    }

    /** The database of this run, created on the first call. */
    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = start();
            instance.dropAbandoned();
            instance.execute("CREATE DATABASE " + instance.name);
            Runtime.getRuntime().addShutdownHook(new Thread(instance::drop, "drop-test-database"));
        }
        return instance;
    }

    public String jdbcUrl() {
        return baseUrl + name;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    private static TestDatabase start() {
        String host = Endpoints.env("RALLYPOINT_TEST_POSTGRES_HOST", "127.0.0.1");
        int port = Integer.parseInt(Endpoints.env("RALLYPOINT_TEST_POSTGRES_PORT", "5432"));
        String username = Endpoints.env("RALLYPOINT_TEST_POSTGRES_USER", "postgres");
        String password = Endpoints.env("RALLYPOINT_TEST_POSTGRES_PASSWORD", "");
        if (Endpoints.reachable(host, port)) {
            return new TestDatabase("jdbc:postgresql://" + host + ":" + port + "/", username, password);
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            return new TestDatabase("jdbc:postgresql://" + container.getHost() + ":" + container.getFirstMappedPort() + "/",
                    container.getUsername(), container.getPassword());
        }
        throw new IllegalStateException("No PostgreSQL at " + host + ":" + port
                + " and no Docker engine for Testcontainers; start PostgreSQL or set RALLYPOINT_TEST_POSTGRES_HOST/PORT");
    }

    private void drop() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void dropAbandoned() {
        long cutoff = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        List<String> abandoned = new ArrayList<>();
        try (Connection connection = maintenance(); Statement statement = connection.createStatement();
                ResultSet databases = statement.executeQuery(
                        "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (databases.next()) {
                String database = databases.getString(1);
                String[] parts = database.split("_");
                if (parts.length > 1 && parts[1].matches("\\d+") && Long.parseLong(parts[1]) < cutoff) {
                    abandoned.add(database);
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Cannot list test databases", ex);
        }
        abandoned.forEach(database -> execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
    }

    private void execute(String sql) {
        try (Connection connection = maintenance(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Failed: " + sql, ex);
        }
    }

    private Connection maintenance() throws SQLException {
        return DriverManager.getConnection(baseUrl + "postgres", username, password);
    }

    private static String module() {
        String folder = Path.of("").toAbsolutePath().getFileName().toString();
        return folder.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
