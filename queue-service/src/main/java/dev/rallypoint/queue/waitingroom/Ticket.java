package dev.rallypoint.queue.waitingroom;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * A user's queue token at a gate and where it stands.
 *
 * @param token the queue token; one per user and gate
 * @param gate the gate
 * @param status pre-queue, waiting or admitted
 * @param position 1 for the next to be admitted; absent in the pre-queue and once admitted
 * @param estimatedWaitSeconds the expected wait at the gate's current rate; absent when unknown
 * @param opensAt when a scheduled gate opens
 * @param pollAfterSeconds when to ask again; a waiter who does not ask within the waiter timeout loses the place
 * @param admissionToken once admitted: the token to send as {@code X-Admission-Token} on the gate's routes
 * @param admissionExpiresAt once admitted: when the admission ends unless paid or left before
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Ticket(UUID token, String gate, TicketStatus status, Integer position, Long estimatedWaitSeconds,
        Instant opensAt, long pollAfterSeconds, String admissionToken, Instant admissionExpiresAt) {
}
