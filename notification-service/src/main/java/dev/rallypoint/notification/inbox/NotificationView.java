package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.preference.Category;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its recipient sees it, in the inbox and on the stream.
 *
 * @param link where the app opens it, e.g. {@code /reservations/<id>}
 * @param readAt when the recipient marked it read; {@code null} while unread
 */
public record NotificationView(UUID id, Category category, String title, String body, String link,
        Instant createdAt, Instant readAt) {

    static NotificationView from(Notification notification) {
        return new NotificationView(notification.id(), notification.category(), notification.title(),
                notification.body(), notification.link(), notification.createdAt(), notification.readAt());
    }
}
