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
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Redis in front of the database, so that the losers of a race for a slot are turned away without a
 * database round trip: a lock per slot taken without waiting, and a marker per occupied slot that
 * lives as long as the hold. An attempt checks the markers and takes the locks in one Lua script, and
 * marks its slots and releases its locks in another: two round trips, no pub/sub. A lock is a plain
 * key set if absent with a time to live and a fencing value, so only the attempt that took it releases
 * it. Both are hints; the exclusion constraint decides. When Redis fails, the
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

    /**
     * How long a step after the decision (marking, releasing, clearing: hints for later attempts) is
     * waited for: an attempt already decided by the database does not wait out Redis's time-out again.
     */
    static final int HINT_WAIT_MILLIS = 250;

    /**
     * How long a claim is waited for: Redis answers in microseconds, and a hold that must do without
     * it still has the caller's time budget for the database (the gateway waits 1.5 s for the service).
     */
    static final int CLAIM_WAIT_MILLIS = 500;

    /**
     * Runs one step against Redis and waits for its answer at most {@code waitMillis}, whatever the
     * client does meanwhile (Redisson may spend longer re-opening a connection to a frozen Redis); empty
     * when Redis failed or was too slow, now or recently (the database decides).
     */
    private <T> Optional<T> redis(String what, int waitMillis, Supplier<RFuture<T>> step) {
        try {
            return Optional.ofNullable(redis.executeCallable(() -> {
                RFuture<T> answer = step.get();
                try {
                    return answer.toCompletableFuture().get(waitMillis, TimeUnit.MILLISECONDS);
                }
                catch (TimeoutException ex) {
                    answer.cancel(false);
                    throw ex;
                }
            }));
        }
        catch (CallNotPermittedException ex) {
            log.debug("Redis skipped ({}): it failed recently", what);
            return Optional.empty();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        catch (Exception ex) {
            log.warn("Redis unavailable ({}), the database decides: {}", what, ex.toString());
            return Optional.empty();
        }
    }

    CircuitBreaker.State redisState() {
        return redis.getState();
    }

    /**
     * Claims the slots for one attempt in one Redis round trip: when a live marker of a reservation
     * other than {@code self} ({@code null}: none) lies on one of them, the claim says so and locks
     * nothing; otherwise it locks every slot without waiting ({@code SET NX PX} with a fencing value
     * only this attempt knows), or none when another attempt holds one. When Redis cannot tell, the
     * claim is granted without locks and without asking Redis again for this attempt (the database
     * decides): an attempt waits for at most one Redis time-out.
     */
    Claim claim(UUID courtId, List<TimeRange> slots, UUID self) {
        if (!settings.enabled()) {
            return Claim.granted(this, courtId, slots, null);
        }
        String fence = UUID.randomUUID().toString();
        return redis("claim slots", CLAIM_WAIT_MILLIS, () -> {
            List<Object> keys = new ArrayList<>(slotKeys(courtId, slots));
            keys.addAll(lockKeys(courtId, slots));
            return redisson.getScript(StringCodec.INSTANCE).<List<Object>>evalAsync(RScript.Mode.READ_WRITE, CLAIM,
                    RScript.ReturnType.LIST, keys, Integer.toString(slots.size()), Long.toString(clock.millis()),
                    self == null ? "" : self.toString(), fence, Long.toString(settings.lease().toMillis()));
        }).map(answer -> switch (String.valueOf(answer.getFirst())) {
            case "ok" -> Claim.granted(this, courtId, slots, fence);
            case "locked" -> Claim.locked(this, courtId, slots);
            default -> Claim.taken(this, courtId, slots, new Occupancy(answer.subList(1, answer.size()).stream()
                    .map(String::valueOf).map(Marker::parse).toList(), slots.size()));
        }).orElseGet(() -> Claim.blind(this, courtId, slots));
    }

    /**
     * Live markers (by the application's clock: its {@code until} lies ahead of ARGV[2]) of another
     * reservation than ARGV[3] on any of the first ARGV[1] keys: answered with every live marker, nothing
     * locked. Otherwise the lock keys after them are set to the fence ARGV[4] for ARGV[5] ms, all or none.
     */
    private static final String CLAIM = """
            local n = tonumber(ARGV[1])
            local now = tonumber(ARGV[2])
            local live = {}
            local other = false
            for i = 1, n do
              local marker = redis.call('get', KEYS[i])
              if marker then
                local id, untilMillis = string.match(marker, '^([^|]+)|(%d+)')
                if untilMillis and tonumber(untilMillis) > now then
                  table.insert(live, marker)
                  if id ~= ARGV[3] then other = true end
                end
              end
            end
            if other then
              table.insert(live, 1, 'taken')
              return live
            end
            for i = n + 1, 2 * n do
              if not redis.call('set', KEYS[i], ARGV[4], 'NX', 'PX', ARGV[5]) then
                for j = n + 1, i - 1 do redis.call('del', KEYS[j]) end
                return {'locked'}
              end
            end
            return {'ok'}""";

    /**
     * Marks the first ARGV[1] keys with ARGV[3] for ARGV[4] ms (none when 0) and releases the lock keys
     * after them that still carry the fence ARGV[2], in one step.
     */
    private static final String MARK_AND_RELEASE = """
            local n = tonumber(ARGV[1])
            local ttl = tonumber(ARGV[4])
            for i = 1, n do
              if ttl > 0 then redis.call('set', KEYS[i], ARGV[3], 'PX', ttl) end
              if ARGV[2] ~= '' and redis.call('get', KEYS[n + i]) == ARGV[2] then redis.call('del', KEYS[n + i]) end
            end
            return n""";

    private void markAndRelease(UUID courtId, List<TimeRange> slots, String fence, String marker, long ttlMillis) {
        if (fence == null && ttlMillis <= 0) {
            return;
        }
        redis("mark and release slots of court " + courtId, HINT_WAIT_MILLIS, () -> {
            List<Object> keys = new ArrayList<>(slotKeys(courtId, slots));
            keys.addAll(lockKeys(courtId, slots));
            return redisson.getScript(StringCodec.INSTANCE).<Long>evalAsync(RScript.Mode.READ_WRITE, MARK_AND_RELEASE,
                    RScript.ReturnType.LONG, keys, Integer.toString(slots.size()), fence == null ? "" : fence,
                    marker, Long.toString(ttlMillis));
        });
    }

    private List<String> slotKeys(UUID courtId, List<TimeRange> slots) {
        return slots.stream().map(slot -> keys.slot(courtId, slot.start())).toList();
    }

    private List<String> lockKeys(UUID courtId, List<TimeRange> slots) {
        return slots.stream().map(slot -> keys.lock(courtId, slot.start())).toList();
    }

    private static String markerOf(UUID reservationId, UUID memberId, Instant until) {
        return reservationId + "|" + until.toEpochMilli() + "|" + memberId;
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
        redis("mark slots of reservation " + reservationId, HINT_WAIT_MILLIS, () -> {
            RBatch batch = redisson.createBatch();
            String value = markerOf(reservationId, memberId, until);
            slots.forEach(slot -> batch.<String>getBucket(keys.slot(courtId, slot.start()), StringCodec.INSTANCE)
                    .setAsync(value, ttl));
            return batch.executeAsync();
        });
    }

    /** Forgets the markers of slots a reservation no longer occupies. */
    void clear(UUID courtId, List<TimeRange> slots) {
        if (!settings.enabled() || slots.isEmpty()) {
            return;
        }
        redis("clear slot markers of court " + courtId, HINT_WAIT_MILLIS, () -> redisson.getKeys()
                .deleteAsync(slots.stream().map(slot -> keys.slot(courtId, slot.start())).toArray(String[]::new)));
    }

    /**
     * One attempt's claim on some slots: {@link #taken()} with the markers that lie on them, {@link
     * #locked()} by another attempt, or granted (the slots locked by this attempt, or no locks when
     * Redis could not tell). Closing it releases its locks; {@link #markAndRelease} marks the slots for
     * the attempt's reservation and releases them in the same round trip; a blind claim (Redis did not
     * answer it) does neither, so the attempt does not wait for Redis a second time.
     */
    static final class Claim implements AutoCloseable {

        private final SlotGuard guard;

        private final UUID courtId;

        private final List<TimeRange> slots;

        private final Occupancy occupancy;

        private final boolean locked;

        private final boolean blind;

        private String fence;

        private Claim(SlotGuard guard, UUID courtId, List<TimeRange> slots, Occupancy occupancy, boolean locked,
                boolean blind, String fence) {
            this.guard = guard;
            this.courtId = courtId;
            this.slots = slots;
            this.occupancy = occupancy;
            this.locked = locked;
            this.blind = blind;
            this.fence = fence;
        }

        static Claim granted(SlotGuard guard, UUID courtId, List<TimeRange> slots, String fence) {
            return new Claim(guard, courtId, slots, null, false, false, fence);
        }

        /** Granted because Redis did not answer: the attempt leaves Redis alone from here on. */
        static Claim blind(SlotGuard guard, UUID courtId, List<TimeRange> slots) {
            return new Claim(guard, courtId, slots, null, false, true, null);
        }

        static Claim locked(SlotGuard guard, UUID courtId, List<TimeRange> slots) {
            return new Claim(guard, courtId, slots, null, true, false, null);
        }

        static Claim taken(SlotGuard guard, UUID courtId, List<TimeRange> slots, Occupancy occupancy) {
            return new Claim(guard, courtId, slots, occupancy, false, false, null);
        }

        /** The live markers on the slots when another reservation occupies one of them. */
        Optional<Occupancy> taken() {
            return Optional.ofNullable(occupancy);
        }

        /** Whether another attempt holds a lock on one of the slots. */
        boolean locked() {
            return locked;
        }

        /** Marks the slots as occupied by the reservation until {@code until} and releases this attempt's locks. */
        void markAndRelease(UUID reservationId, UUID memberId, Instant until) {
            if (blind) {
                return;
            }
            long ttl = guard.settings.enabled() ? Duration.between(guard.clock.instant(), until).toMillis() : 0;
            guard.markAndRelease(courtId, slots, fence, markerOf(reservationId, memberId, until), Math.max(ttl, 0));
            fence = null;
        }

        @Override
        public void close() {
            if (fence != null) {
                guard.markAndRelease(courtId, slots, fence, "", 0);
                fence = null;
            }
        }
    }

    /** The markers of some slots that have not run out. */
    record Occupancy(List<Marker> live, int slots) {

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
