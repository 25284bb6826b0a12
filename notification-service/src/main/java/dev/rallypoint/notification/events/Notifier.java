package dev.rallypoint.notification.events;

import dev.rallypoint.common.event.IntegrationEvent;
import dev.rallypoint.notification.broadcast.Broadcasts;
import dev.rallypoint.notification.inbox.Inbox;
import dev.rallypoint.support.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles one consumed event with its mapping, once per event id: the processed-event mark, the inbox
 * rows and the channel messages are written in one transaction, so a failure leaves nothing and the
 * record is retried (then dead-lettered), and a redelivery finds the mark and writes nothing. The inbox's
 * unique key of recipient and event id stands behind the mark.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final ProcessedEvents processed;

    private final Inbox inbox;

    private final Broadcasts broadcasts;

    Notifier(ProcessedEvents processed, Inbox inbox, Broadcasts broadcasts) {
        this.processed = processed;
        this.inbox = inbox;
        this.broadcasts = broadcasts;
    }

    <E extends IntegrationEvent> void handle(E event, EventMapping<E> mapping) {
        String topic = IntegrationEvent.topicOf(mapping.type());
        processed.once(event, "notification." + topic, () -> {
            String source = event.eventId().toString();
            switch (mapping.map(event)) {
                case Notifications.ToMembers(var drafts) -> {
                    int written = inbox.deliver(drafts, source);
                    log.debug("{} {}: {} notifications", topic, event.eventId(), written);
                }
                case Notifications.ToAudience audience -> broadcasts.start(source, audience.audience(),
                        audience.category(), audience.template(), audience.arguments(), audience.link(), null);
            }
        });
    }
}
