package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's seat reservation ended before the date: the member gave it back, or the club cancelled the
 * date (or the whole event). A paid seat is refunded in full through the wallet.
 *
 * @param aggregateId the seat reservation id
 * @param ticketedEventId the event the seat belongs to
 * @param eventDateId the date of the event the seat was for
 * @param title the event's title, for messages to the member
 * @param startsAt when the date begins (or would have)
 * @param previousStatus the state it was cancelled from ({@code HELD}, {@code PAYMENT_PENDING}, {@code RESERVED})
 * @param cancelledBy {@code MEMBER}, {@code MANAGER} or {@code ADMIN}
 * @param reason {@link #MEMBER_CANCELLED} or {@link #EVENT_DATE_CANCELLED}
 * @param refunded points given back to the member's wallet (0 for a seat that was not paid)
 */
@Topic("court.seat-cancelled")
public record SeatCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID memberId, UUID clubId,
        UUID ticketedEventId, UUID eventDateId, String title, Instant startsAt, int seatNumber, String previousStatus,
        String cancelledBy, String reason, long refunded) implements IntegrationEvent {

    /** The member gave the seat back. */
    public static final String MEMBER_CANCELLED = "MEMBER_CANCELLED";

    /** The club cancelled the date, alone or with the whole event. */
    public static final String EVENT_DATE_CANCELLED = "EVENT_DATE_CANCELLED";

    public boolean byTheClub() {
        return EVENT_DATE_CANCELLED.equals(reason);
    }
}
