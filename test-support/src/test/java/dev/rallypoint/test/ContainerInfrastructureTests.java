package dev.rallypoint.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where a Docker engine exists, checks that the container PostgreSQL the support falls back to has
 * what the services need (the btree_gist extension behind the reservation exclusion constraints).
 * Skipped, not failed, on machines without Docker.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainerInfrastructureTests {

    @Container
    static final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");

    @Test
    void containerPostgresSupportsExclusionConstraintsOnRanges() throws Exception {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS btree_gist");
            statement.execute("CREATE TABLE slot (court bigint, during tstzrange, EXCLUDE USING gist (court WITH =, during WITH &&))");
            statement.execute("INSERT INTO slot VALUES (1, tstzrange('2026-01-01 10:00Z', '2026-01-01 11:00Z'))");

            assertThat(statement.executeUpdate(
                    "INSERT INTO slot VALUES (1, tstzrange('2026-01-01 11:00Z', '2026-01-01 12:00Z'))")).isOne();
        }
    }
}
