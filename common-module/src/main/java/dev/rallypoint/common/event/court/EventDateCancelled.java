package dev.rallypoint.common.event.court;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A club cancelled one date of a ticketed event (alone, or with the whole event): its seats are no longer
 * sold, and every seat reservation of it is cancelled, each with its own {@link SeatCancelled} (which is
 * what tells the holders). A waiting-room gate of the date ({@code event-date-<dateId>}) may be closed.
 *
 * @param aggregateId the event date id
 * @param ticketedEventId the event the date belongs to
 * @param startsAt when the date would have begun
 * @param cancelledBy {@code MANAGER} or {@code ADMIN}
 * @param reason the club's explanation, shown to the holders
 * @param wholeEvent whether the whole event was cancelled with it
 */
@Topic("court.event-date-cancelled")
public record EventDateCancelled(UUID eventId, Instant occurredAt, UUID aggregateId, UUID ticketedEventId, UUID clubId,
        String title, Instant startsAt, String cancelledBy, String reason, boolean wholeEvent) implements IntegrationEvent {
}
