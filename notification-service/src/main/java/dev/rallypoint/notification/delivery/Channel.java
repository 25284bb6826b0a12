package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.preference.ChannelType;

/**
 * One way of reaching a member outside the app. An implementation sends one message or throws; the
 * worker retries a failure later, so a channel never needs to retry by itself.
 */
public interface Channel {

    ChannelType type();

    void send(Message message) throws Exception;

    /**
     * One message.
     *
     * @param id the delivery id, stable across retries: receivers may deduplicate on it
     * @param address an e-mail address, a phone number or a device token
     * @param language the recipient's language tag
     */
    record Message(java.util.UUID id, String address, String language, String subject, String body) {
    }
}
