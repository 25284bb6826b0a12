package dev.rallypoint.notification.inbox;

import dev.rallypoint.notification.preference.Preferences;
import java.util.List;
import java.util.UUID;

/**
 * Notifications were written to inboxes, in the transaction that wrote them: the external channels queue
 * their messages in it, the live streams push them once it committed. In-process only.
 */
public record NotificationsCreated(List<Created> notifications) {

    public NotificationsCreated {
        notifications = List.copyOf(notifications);
    }

    /**
     * @param email the recipient's e-mail address, {@code null} when unknown
     * @param preferences the recipient's preferences, which choose channels, addresses and quiet hours
     */
    public record Created(UUID recipient, NotificationView notification, Preferences preferences, String email) {
    }
}
