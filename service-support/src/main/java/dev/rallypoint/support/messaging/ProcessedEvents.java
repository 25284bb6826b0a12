package dev.rallypoint.support.messaging;

import dev.rallypoint.common.event.IntegrationEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a consumer idempotent: {@link #once} runs the handling of an event in a transaction that
 * also records the event as processed by that consumer, so a redelivered event is skipped and a
 * failed handling leaves no mark and is retried.
 */
public class ProcessedEvents {

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final Clock clock;

    ProcessedEvents(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Handles the event unless this consumer already did; returns whether it was handled now.
     *
     * @param consumer a stable name of the handling, e.g. {@code "notification.reservation-confirmed"}
     */
    public boolean once(IntegrationEvent event, String consumer, Runnable handling) {
        Boolean handled = transactions.execute(status -> {
            int marked = jdbc.sql("""
                    INSERT INTO processed_event (event_id, consumer, processed_at) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""")
                    .params(event.eventId(), consumer, java.sql.Timestamp.from(Instant.now(clock)))
                    .update();
            if (marked == 0) {
                return false;
            }
            handling.run();
            return true;
        });
        return Boolean.TRUE.equals(handled);
    }

    int forget(Duration olderThan) {
        return jdbc.sql("DELETE FROM processed_event WHERE processed_at < ?")
                .param(java.sql.Timestamp.from(Instant.now(clock).minus(olderThan)))
                .update();
    }
}
