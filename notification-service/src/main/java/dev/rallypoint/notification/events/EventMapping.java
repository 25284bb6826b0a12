package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.IntegrationEvent;

/**
 * Says who an event concerns and what they are told. Adding an event to notify about is one class
 * implementing this (a {@code @Component}) and its title and body in the {@code notification-templates}
 * bundles: a listener for its topic is registered for every mapping.
 */
public interface EventMapping<E extends IntegrationEvent> {

    /** The event type; its {@code @Topic} is the topic listened to. */
    Class<E> type();

    /** The notifications the event causes; {@link Notifications#none()} when it concerns nobody. */
    Notifications map(E event);
}
