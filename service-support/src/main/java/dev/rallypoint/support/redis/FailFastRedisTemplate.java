package dev.rallypoint.support.redis;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A {@link StringRedisTemplate} whose every command (operations, scripts, publishing, pipelines: all go
 * through {@link #execute(RedisCallback, boolean, boolean)}) passes a {@link RedisBreaker}: while Redis
 * is failing, commands are refused with {@link RedisUnavailable} at once instead of each waiting for
 * the client's command time-out. A time-out or lost connection is also rethrown as
 * {@link RedisUnavailable}, so callers handle one exception.
 */
public class FailFastRedisTemplate extends StringRedisTemplate {

    private final RedisBreaker breaker;

    public FailFastRedisTemplate(RedisConnectionFactory connectionFactory, RedisBreaker breaker) {
        super(connectionFactory);
        this.breaker = breaker;
    }

    @Override
    public <T> T execute(RedisCallback<T> action, boolean exposeConnection, boolean pipeline) {
        if (!breaker.permits()) {
            throw new RedisUnavailable("Redis skipped: it failed to answer a moment ago", breaker.retryAfter(), null);
        }
        T result;
        try {
            result = super.execute(action, exposeConnection, pipeline);
        }
        catch (RedisUnavailable ex) {
            throw ex;
        }
        catch (DataAccessResourceFailureException | TransientDataAccessException | RedisSystemException ex) {
            breaker.failed();
            throw new RedisUnavailable("Redis did not answer: " + ex.getMessage(), breaker.retryAfter(), ex);
        }
        catch (RuntimeException ex) {
            breaker.succeeded();
            throw ex;
        }
        breaker.succeeded();
        return result;
    }

    public RedisBreaker breaker() {
        return breaker;
    }
}
