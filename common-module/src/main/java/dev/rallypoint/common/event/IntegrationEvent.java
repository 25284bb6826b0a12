package dev.rallypoint.common.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact one service publishes for the others, through the transactional outbox.
 *
 * <p>Every contract is an immutable record in a package named for its producing service, annotated
 * with its {@link Topic}. Consumers deduplicate on {@link #eventId()}; the broker key is
 * {@link #aggregateId()}, so the events of one aggregate are delivered in order.
 */
public interface IntegrationEvent {

    /** Unique per event; the identity consumers use to process it at most once. */
    UUID eventId();

    /** When the fact happened, in the producer's clock. */
    Instant occurredAt();

    /** The aggregate the fact is about; the message key. */
    UUID aggregateId();

    /** The topic an event type declares with {@link Topic}; fails for a type that declares none. */
    static String topicOf(Class<? extends IntegrationEvent> type) {
        Topic topic = type.getAnnotation(Topic.class);
        if (topic == null) {
            throw new IllegalArgumentException(type.getName() + " declares no @Topic");
        }
        return topic.value();
    }
}
