package dev.rallypoint.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How queued messages are sent.
 *
 * @param every pause between two runs of the worker
 * @param batch messages claimed per run and transaction
 * @param maxAttempts attempts before a message is given up ({@code FAILED})
 * @param firstRetry the wait after the first failure; it doubles with each further failure
 * @param maxBackoff the longest wait between two attempts
 * @param lease how long a claimed message is left to its sender before another run may try it
 */
@ConfigurationProperties("rallypoint.notification.delivery")
record DeliveryProperties(@DefaultValue("1s") Duration every, @DefaultValue("100") int batch,
        @DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration firstRetry,
        @DefaultValue("1h") Duration maxBackoff, @DefaultValue("1m") Duration lease) {

    /** The wait after the {@code attempts}-th failed attempt. */
    Duration backoffAfter(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
