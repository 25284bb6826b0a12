package dev.rallypoint.support.redis;

import java.time.Duration;
import org.springframework.dao.DataAccessResourceFailureException;

/** Redis did not answer in time, or did not a moment ago and is skipped until it is tried again. */
public class RedisUnavailable extends DataAccessResourceFailureException {

    private final transient Duration retryAfter;

    public RedisUnavailable(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
