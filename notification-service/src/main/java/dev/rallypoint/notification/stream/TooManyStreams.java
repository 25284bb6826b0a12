package dev.rallypoint.notification.stream;

import dev.rallypoint.notification.NotificationException;

/** The instance holds as many streams as it may. */
class TooManyStreams extends NotificationException {

    TooManyStreams() {
        super(Kind.UNAVAILABLE, "too-many-streams");
    }
}
