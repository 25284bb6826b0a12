package dev.rallypoint.court.availability;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rallypoint.court.CourtKeys;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.CourtCalendarChanged;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.ReservationCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A court's free slots per date, computed in the club's zone from the schedule minus active
 * reservations and blocks, and cached in Redis under the court's calendar version. Every change of a
 * calendar bumps its version once the change committed, so a day computed before the change is never
 * read again: a slot is not shown free after it was taken, beyond that instant. Each instance also
 * keeps the days it read under the same key in memory, so a hot court costs one Redis read (its
 * version) per request instead of a read and a JSON parse per day.
 */
@Component
class Availability {

    private static final Logger log = LoggerFactory.getLogger(Availability.class);

    static final int MAX_DAYS = 31;

    private static final Duration KEEP = Duration.ofMinutes(10);

    /**
     * How long the change that bumps a version waits for Redis (a hold, a cancellation: the bump runs on
     * their request thread after the commit). Redis answers in microseconds; a frozen Redis must not
     * hold the request for the client's whole time-out. A bump sent but not confirmed in time still
     * lands when Redis answers.
     */
    private static final int BUMP_WAIT_MILLIS = 250;

    private final Cache<String, DayAvailability> recent = Caffeine.newBuilder()
            .expireAfterWrite(KEEP)
            .maximumSize(20_000)
            .build();

    private final Clubs clubs;

    private final ReservationCalendar reservations;

    private final RedissonClient redisson;

    private final CourtKeys keys;

    private final JsonMapper json;

    private final Clock clock;

    Availability(Clubs clubs, ReservationCalendar reservations, RedissonClient redisson, CourtKeys keys, JsonMapper json,
            Clock clock) {
        this.clubs = clubs;
        this.reservations = reservations;
        this.redisson = redisson;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
    }

    CourtAvailability of(UUID courtId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidDateRange(MAX_DAYS);
        }
        BookableCourt court = clubs.bookable(courtId);
        long version = version(courtId);
        List<DayAvailability> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(day(court, version, date).at(clock.instant()));
        }
        return new CourtAvailability(courtId, court.clubId(), court.schedule().zone().getId(),
                court.schedule().slotMinutes(), days);
    }

    private DayAvailability day(BookableCourt court, long version, LocalDate date) {
        if (version < 0) {
            return compute(court, date);
        }
        String key = keys.availability(court.courtId(), version, date);
        DayAvailability known = recent.getIfPresent(key);
        if (known != null) {
            return known;
        }
        try {
            RBucket<String> bucket = redisson.getBucket(key, StringCodec.INSTANCE);
            String cached = bucket.get();
            DayAvailability day;
            if (cached != null) {
                day = json.readValue(cached, DayAvailability.class);
            }
            else {
                day = compute(court, date);
                bucket.set(json.writeValueAsString(day), KEEP);
            }
            recent.put(key, day);
            return day;
        }
        catch (org.redisson.client.RedisException ex) {
            log.warn("Availability cache unavailable, computing: {}", ex.toString());
            return compute(court, date);
        }
    }

    DayAvailability compute(BookableCourt court, LocalDate date) {
        List<TimeRange> slots = court.slotsOn(date);
        if (slots.isEmpty()) {
            return new DayAvailability(date, List.of());
        }
        TimeRange day = new TimeRange(slots.getFirst().start(), slots.getLast().end());
        List<TimeRange> occupied = reservations.occupied(court.courtId(), day);
        List<TimeRange> blocked = clubs.blocksOf(court.courtId(), day);
        return new DayAvailability(date, slots.stream().map(slot -> new DayAvailability.Slot(slot.start(), slot.end(),
                slot.start().atZone(court.schedule().zone()).toLocalTime(), court.priceOf(slot),
                blocked.stream().anyMatch(slot::overlaps) ? SlotStatus.BLOCKED
                        : occupied.stream().anyMatch(slot::overlaps) ? SlotStatus.TAKEN : SlotStatus.FREE))
                .toList());
    }

    private long version(UUID courtId) {
        try {
            return redisson.getAtomicLong(keys.calendarVersion(courtId)).get();
        }
        catch (org.redisson.client.RedisException ex) {
            return -1;
        }
    }

    /** Moves the changed courts to a new calendar version once the change is committed. */
    @EventListener
    void invalidate(CourtCalendarChanged changed) {
        Runnable bump = () -> changed.courtIds().forEach(courtId -> {
            try {
                redisson.getAtomicLong(keys.calendarVersion(courtId)).incrementAndGetAsync().toCompletableFuture()
                        .get(BUMP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            catch (ExecutionException | TimeoutException ex) {
                log.warn("Could not invalidate availability of court {} in {} ms: {}", courtId, BUMP_WAIT_MILLIS,
                        ex.toString());
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bump.run();
                }
            });
        }
        else {
            bump.run();
        }
    }
}
