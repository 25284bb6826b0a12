package dev.rallypoint.notification.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live streams.
 *
 * @param heartbeat how often an idle stream gets a comment line, so that proxies keep it open and a dead
 *        connection is noticed
 * @param lifetime how long one stream is held before the server ends it (the client reconnects with
 *        {@code Last-Event-ID} and misses nothing)
 * @param perMember streams one member may hold on one instance; a new one beyond ends their oldest
 * @param max streams one instance holds at most; beyond, a new stream is refused with 503
 * @param channel the Redis channel (after the key prefix) that carries new notifications to every instance
 */
@ConfigurationProperties("rallypoint.notification.streams")
record StreamProperties(@DefaultValue("15s") Duration heartbeat, @DefaultValue("30m") Duration lifetime,
        @DefaultValue("5") int perMember, @DefaultValue("10000") int max,
        @DefaultValue("notification:streams") String channel) {
}
