package dev.rallypoint.court.reservation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How reservations behave.
 *
 * @param holdFor how long a hold waits for payment before it expires
 * @param lock the Redis guard in front of the database
 * @param expiry the sweeper that expires overdue holds
 * @param databaseLockWait how long a hold or change waits in the database for a competing
 *        transaction on the same time before it gives up with 409 (when Redis did not stop it earlier)
 */
@ConfigurationProperties("rallypoint.reservations")
record ReservationProperties(@DefaultValue("5m") Duration holdFor, @DefaultValue Lock lock, @DefaultValue Expiry expiry,
        @DefaultValue("2s") Duration databaseLockWait) {

    /**
     * @param enabled whether holds take Redisson locks and consult slot markers before the database;
     *        off, the database's exclusion constraint alone decides (it always has the last word)
     * @param lease how long a lock lives at most if its holder dies
     */
    record Lock(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration lease) {
    }

    /**
     * @param every pause between sweeps
     * @param batch holds expired per transaction
     */
    record Expiry(@DefaultValue("1s") Duration every, @DefaultValue("200") int batch) {
    }
}
