package dev.rallypoint.court.payment;

import dev.rallypoint.common.event.court.PaymentRequested;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a payment request actually left the outbox for the broker: the completion of its publication
 * in Spring Modulith's registry ({@code event_publication}, found by payment id through an index of
 * V9_0). The saga's wait for the wallet's answer counts from then, not from the member's click, so a
 * broker that was down or paused does not eat the time the wallet has to answer.
 */
@Component
class RequestDispatch {

    private static final String TYPE = PaymentRequested.class.getName();

    private final JdbcClient jdbc;

    RequestDispatch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When the payment's request reached the broker; empty while it still waits in the outbox. A
     * publication purged after its retention time counts as sent when the payment was requested.
     */
    Optional<Instant> sentAt(UUID paymentId, Instant requestedAt) {
        List<Optional<Instant>> publications = jdbc.sql("""
                select completion_date from event_publication
                where event_type = :type
                  and substring(serialized_event from '"aggregateId":"([0-9a-f-]{36})"') = :paymentId""")
                .param("type", TYPE)
                .param("paymentId", paymentId.toString())
                .query((row, index) -> Optional.ofNullable(row.getTimestamp(1)).map(Timestamp::toInstant))
                .list();
        if (publications.isEmpty()) {
            return Optional.of(requestedAt);
        }
        if (publications.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return publications.stream().map(Optional::orElseThrow).max(Instant::compareTo);
    }
}
