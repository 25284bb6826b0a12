package dev.rallypoint.support.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether the service has idempotent endpoints (adds the table and the interceptor)
 * @param retention how long a key is remembered; at least 24 hours
 * @param lease how long a request may stay in flight before its key may be taken over (a crashed
 *        request must not block retries forever)
 */
@ConfigurationProperties("rallypoint.idempotency")
public record IdempotencyProperties(@DefaultValue("false") boolean enabled, @DefaultValue("24h") Duration retention,
        @DefaultValue("30s") Duration lease) {

    public IdempotencyProperties {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException("rallypoint.idempotency.retention must be at least 24h");
        }
    }
}
