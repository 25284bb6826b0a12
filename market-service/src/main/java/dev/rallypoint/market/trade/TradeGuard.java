package dev.rallypoint.market.trade;

import dev.rallypoint.support.redis.RedisKeyProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The first guard of "one active trade per listing": a Redisson lock per listing taken without waiting, so
 * the losers of a race are refused before they take a database connection. When Redis cannot answer, the
 * database decides alone (its partial unique index is the last word either way).
 */
@Component
class TradeGuard {

    private static final Logger log = LoggerFactory.getLogger(TradeGuard.class);

    /** Nothing to release. */
    interface Lease extends AutoCloseable {

        Lease NONE = () -> {
        };

        @Override
        void close();
    }

    private final RedissonClient redisson;

    private final String prefix;

    private final Duration lease;

    TradeGuard(RedissonClient redisson, RedisKeyProperties keys,
            TradeConfiguration.TradeProperties properties) {
        this.redisson = redisson;
        this.prefix = keys.keyPrefix();
        this.lease = properties.lockLease();
    }

    /** Locks the listing for one reservation attempt; empty when another attempt holds it. */
    Optional<Lease> tryLock(UUID listingId) {
        RLock lock = redisson.getLock(prefix + "market:listing:{" + listingId + "}:reserve");
        try {
            if (!lock.tryLock(0, lease.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            return Optional.of(() -> {
                try {
                    lock.unlock();
                }
                catch (RuntimeException ex) {
                    log.debug("Lock of listing {} already gone: {}", listingId, ex.toString());
                }
            });
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        catch (RuntimeException ex) {
            log.warn("Listing locks unavailable, the database decides: {}", ex.toString());
            return Optional.of(Lease.NONE);
        }
    }
}
