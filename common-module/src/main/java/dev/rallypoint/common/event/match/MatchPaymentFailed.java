package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The split payment of a confirmed match failed: a player's wallet declined their share. The shares already
 * paid are refunded; the match is unconfirmed again and waits for the players who could not pay to confirm
 * once more before its deadline.
 *
 * @param aggregateId the match id
 * @param reason why the wallet declined, e.g. {@code INSUFFICIENT_POINTS}
 * @param players every player of the match
 * @param unpaid the players whose share was declined; their confirmation is withdrawn
 */
@Topic("match.match-payment-failed")
public record MatchPaymentFailed(UUID eventId, Instant occurredAt, UUID aggregateId, String reason,
        List<UUID> players, List<UUID> unpaid) implements IntegrationEvent {

    public MatchPaymentFailed {
        players = List.copyOf(players);
        unpaid = List.copyOf(unpaid);
    }
}
