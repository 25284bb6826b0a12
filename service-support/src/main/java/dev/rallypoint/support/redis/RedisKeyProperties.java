package dev.rallypoint.support.redis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's Redis namespace: every key and channel a service writes starts with {@code keyPrefix}, so
 * several platforms (or test runs) can share one Redis without meeting.
 *
 * @param keyPrefix {@code rallypoint.redis.key-prefix}, {@code rp:} unless set; may be empty, never null
 */
@ConfigurationProperties("rallypoint.redis")
public record RedisKeyProperties(@DefaultValue("rp:") String keyPrefix) {

    public RedisKeyProperties {
        if (keyPrefix == null) {
            throw new IllegalArgumentException("rallypoint.redis.key-prefix must not be null");
        }
    }

    /** The key (or channel) {@code name} in the platform's namespace. */
    public String key(String name) {
        return keyPrefix + name;
    }
}
