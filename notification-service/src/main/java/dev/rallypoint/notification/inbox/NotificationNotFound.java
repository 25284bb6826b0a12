package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.NotificationException;
import java.util.UUID;

/** No notification with this id in the caller's inbox (another member's is not found either). */
class NotificationNotFound extends NotificationException {

    NotificationNotFound(UUID id) {
        super(Kind.NOT_FOUND, "notification-not-found", id);
    }
}
