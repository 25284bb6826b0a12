package dev.rallypoint.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks into the outbox (Spring Modulith's event publication registry) of the service under test. */
public final class EventOutbox {

    private EventOutbox() {
    }

    /** The serialized events of a type that mention a text (e.g. the aggregate id). */
    public static List<String> events(JdbcClient jdbc, Class<?> type, String mentioning) {
        return jdbc.sql("SELECT serialized_event FROM event_publication WHERE event_type = ? AND serialized_event LIKE ?")
                .params(type.getName(), "%" + mentioning + "%")
                .query(String.class)
                .list();
    }

    /** Waits until such an event was published and marked sent to Kafka. */
    public static String awaitSent(JdbcClient jdbc, Class<?> type, String mentioning) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<String> sent = jdbc.sql("""
                    SELECT serialized_event FROM event_publication
                    WHERE event_type = ? AND serialized_event LIKE ? AND completion_date IS NOT NULL""")
                    .params(type.getName(), "%" + mentioning + "%")
                    .query(String.class)
                    .list();
            if (!sent.isEmpty()) {
                return sent.getFirst();
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertThat(events(jdbc, type, mentioning)).as("published " + type.getSimpleName()).isNotEmpty();
        throw new AssertionError(type.getSimpleName() + " was stored but not sent to Kafka in time");
    }
}
