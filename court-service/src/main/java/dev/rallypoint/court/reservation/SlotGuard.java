package dev.rallypoint.court.reservation;

import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.court.club.TimeRange;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.redisson.api.RBatch;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Redis in front of the database, so that the losers of a race for a slot are turned away without a
 * database round trip: a lock per slot taken without waiting, and a marker per occupied slot that
 * lives as long as the hold. Both are hints; the exclusion constraint decides. When Redis fails, the
 * guard steps aside and the database alone decides; a circuit breaker makes it step aside at once
 * while Redis is down or hangs, instead of every hold waiting out Redis's time-out first.
 */
@Component
class SlotGuard {

    private static final Logger log = LoggerFactory.getLogger(SlotGuard.class);

    private final RedissonClient redisson;

    private final CourtKeys keys;

    private final ReservationProperties.Lock settings;

    private final Clock clock;

    private final CircuitBreaker redis = CircuitBreaker.of("slot-guard-redis", CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(10)
            .minimumNumberOfCalls(2)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(5))
            .permittedNumberOfCallsInHalfOpenState(1)
            .build());

    SlotGuard(RedissonClient redisson, CourtKeys keys, ReservationProperties properties, Clock clock) {
        this.redisson = redisson;
        this.keys = keys;
        this.settings = properties.lock();
        this.clock = clock;
    }

    /** Runs one step against Redis; empty when Redis failed now or recently (the database decides). */
    private <T> Optional<T> redis(String what, Supplier<T> step) {
        try {
            return Optional.ofNullable(redis.executeSupplier(step));
        }
        catch (CallNotPermittedException ex) {
            log.debug("Redis skipped ({}): it failed recently", what);
            return Optional.empty();
        }
        catch (RuntimeException ex) {
            log.warn("Redis unavailable ({}), the database decides: {}", what, ex.toString());
            return Optional.empty();
        }
    }

    CircuitBreaker.State redisState() {
        return redis.getState();
    }

    /** What the slots' markers say, read from Redis once; nothing when Redis cannot tell (the database decides). */
    Occupancy occupancy(UUID courtId, List<TimeRange> slots) {
        if (!settings.enabled()) {
            return new Occupancy(List.of(), slots.size());
        }
        return redis("read slot markers", () -> {
            Map<String, String> markers = redisson.getBuckets(StringCodec.INSTANCE)
                    .get(slots.stream().map(slot -> keys.slot(courtId, slot.start())).toArray(String[]::new));
            long now = clock.millis();
            return new Occupancy(markers.values().stream().map(Marker::parse).filter(marker -> marker.until() > now)
                    .toList(), slots.size());
        }).orElseGet(() -> new Occupancy(List.of(), slots.size()));
    }

    /** Locks every slot without waiting; empty when any of them is locked by another attempt. */
    Optional<Lease> tryLock(UUID courtId, List<TimeRange> slots) {
        if (!settings.enabled()) {
            return Optional.of(Lease.NONE);
        }
        return redis("lock slots", () -> lockAll(courtId, slots)).orElse(Optional.of(Lease.NONE));
    }

    private Optional<Lease> lockAll(UUID courtId, List<TimeRange> slots) {
        List<RLock> taken = new ArrayList<>();
        try {
            for (TimeRange slot : slots) {
                RLock lock = redisson.getLock(keys.lock(courtId, slot.start()));
                if (!lock.tryLock(0, settings.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                    release(taken);
                    return Optional.empty();
                }
                taken.add(lock);
            }
            return Optional.of(() -> release(taken));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            release(taken);
            return Optional.empty();
        }
        catch (RuntimeException ex) {
            release(taken);
            throw ex;
        }
    }

    /** Marks the slots as occupied by the member's reservation until {@code until}. */
    void mark(UUID courtId, List<TimeRange> slots, UUID reservationId, UUID memberId, Instant until) {
        if (!settings.enabled()) {
            return;
        }
        Duration ttl = Duration.between(clock.instant(), until);
        if (ttl.isNegative() || ttl.isZero()) {
            return;
        }
        redis("mark slots of reservation " + reservationId, () -> {
            RBatch batch = redisson.createBatch();
            String value = reservationId + "|" + until.toEpochMilli() + "|" + memberId;
            slots.forEach(slot -> batch.<String>getBucket(keys.slot(courtId, slot.start()), StringCodec.INSTANCE)
                    .setAsync(value, ttl));
            return batch.execute();
        });
    }

    /** Forgets the markers of slots a reservation no longer occupies. */
    void clear(UUID courtId, List<TimeRange> slots) {
        if (!settings.enabled() || slots.isEmpty()) {
            return;
        }
        redis("clear slot markers of court " + courtId, () -> redisson.getKeys()
                .delete(slots.stream().map(slot -> keys.slot(courtId, slot.start())).toArray(String[]::new)));
    }

    private static void release(List<RLock> locks) {
        for (RLock lock : locks) {
            try {
                lock.unlock();
            }
            catch (RuntimeException ex) {
                log.debug("Lock {} was already gone: {}", lock.getName(), ex.toString());
            }
        }
    }

    /** Locks held by one attempt, released on close. */
    @FunctionalInterface
    interface Lease extends AutoCloseable {

        Lease NONE = () -> {
        };

        @Override
        void close();
    }

    /** The markers of some slots that have not run out. */
    record Occupancy(List<Marker> live, int slots) {

        /** Whether a live reservation other than {@code self} marked one of the slots. */
        boolean takenByOther(UUID self) {
            return live.stream().anyMatch(marker -> !marker.reservationId().equals(self));
        }

        /** The reservation that marks every one of the slots, when it is one of this member's. */
        Optional<UUID> heldBy(UUID memberId) {
            Set<UUID> reservations = live.stream().map(Marker::reservationId).collect(Collectors.toSet());
            boolean theirs = live.size() == slots && reservations.size() == 1
                    && live.stream().allMatch(marker -> memberId.equals(marker.memberId()));
            return theirs ? reservations.stream().findFirst() : Optional.empty();
        }
    }

    /** {@code reservation|until|member}; markers written before the member was added have none. */
    private record Marker(UUID reservationId, long until, UUID memberId) {

        static Marker parse(String value) {
            String[] parts = value.split("\\|");
            return new Marker(UUID.fromString(parts[0]), Long.parseLong(parts[1]),
                    parts.length > 2 ? UUID.fromString(parts[2]) : null);
        }
    }
}
