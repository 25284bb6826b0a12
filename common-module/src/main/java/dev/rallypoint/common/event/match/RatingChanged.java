package dev.rallypoint.common.event.match;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.common.event.Topic;
import java.time.Instant;
import java.util.UUID;

/**
 * A player's Glicko-2 rating moved after a recorded match.
 *
 * @param aggregateId the player's user id
 * @param matchId the match that moved it
 * @param previousRating the rating before
 * @param rating the rating after
 * @param deviation the rating deviation after
 * @param ntrp the NTRP level the new rating maps to
 */
@Topic("match.rating-changed")
public record RatingChanged(UUID eventId, Instant occurredAt, UUID aggregateId, UUID matchId, double previousRating,
        double rating, double deviation, double ntrp) implements IntegrationEvent {
}
