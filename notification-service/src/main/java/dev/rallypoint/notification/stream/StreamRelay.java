package dev.rallypoint.notification.stream;

import dev.rallypoint.notification.inbox.NotificationsCreated;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries new notifications to the streams of every instance: once the transaction that wrote them
 * committed, each is published on one Redis channel (a batch in one pipelined round trip), and every
 * instance, this one included, pushes what it receives to the streams it holds for the recipient. A
 * message is {@code <recipient> <notification id> <notification JSON>}. Pub/sub is fire-and-forget: a
 * stream that was not connected at that moment gets the notification by its replay.
 */
@Component
class StreamRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(StreamRelay.class);

    private final StringRedisTemplate redis;

    private final LocalStreams streams;

    private final JsonMapper json;

    private final String channel;

    StreamRelay(StringRedisTemplate redis, LocalStreams streams, JsonMapper json, StreamChannel channel) {
        this.redis = redis;
        this.streams = streams;
        this.json = json;
        this.channel = channel.name();
    }

    @TransactionalEventListener
    void on(NotificationsCreated created) {
        try {
            byte[] to = channel.getBytes(StandardCharsets.UTF_8);
            redis.executePipelined((RedisCallback<Object>) connection -> {
                for (NotificationsCreated.Created one : created.notifications()) {
                    connection.publish(to, (one.recipient() + " " + one.notification().id() + " "
                            + json.writeValueAsString(one.notification())).getBytes(StandardCharsets.UTF_8));
                }
                return null;
            });
        }
        catch (RuntimeException ex) {
            // the notifications are in the inboxes: connected streams get them on their next reconnect
            log.warn("{} notifications not pushed to live streams: {}", created.notifications().size(), ex.toString());
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        int first = body.indexOf(' ');
        int second = body.indexOf(' ', first + 1);
        if (first < 0 || second < 0) {
            log.warn("Ignored a malformed stream message");
            return;
        }
        UUID recipient = UUID.fromString(body.substring(0, first));
        UUID id = UUID.fromString(body.substring(first + 1, second));
        streams.push(recipient, new MemberStream.Pushed(id, body.substring(second + 1)));
    }

    /** The Redis channel, under the platform's key prefix. */
    record StreamChannel(String name) {
    }
}
