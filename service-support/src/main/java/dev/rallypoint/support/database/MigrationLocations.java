package dev.rallypoint.support.database;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;

/**
 * Adds the migrations of a shared capability (the outbox, idempotency keys) to the service's own,
 * so they land in the service's database with its schema history.
 */
public final class MigrationLocations {

    private MigrationLocations() {
    }

    public static FlywayConfigurationCustomizer including(String location) {
        return configuration -> configuration.locations(Stream.concat(
                        Arrays.stream(configuration.getLocations()).map(Location::getDescriptor),
                        Stream.of(location))
                .distinct()
                .toArray(String[]::new));
    }
}
