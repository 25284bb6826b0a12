package dev.rallypoint.notification.stream;

import dev.rallypoint.notification.NotificationException;

/** A Last-Event-ID that is no notification id. */
class InvalidLastEventId extends NotificationException {

    InvalidLastEventId() {
        super(Kind.INVALID, "invalid-last-event-id");
    }
}
