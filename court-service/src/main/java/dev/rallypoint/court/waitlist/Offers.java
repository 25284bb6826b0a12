package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.OfferHolds;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers freed time to the first waiters it fits, and to nobody else. Freed time is queued in the
 * database by the transaction that freed it and claimed by one instance ({@code skip locked}); one
 * club's offers are made one after another (a transaction-scoped advisory lock), in the order members
 * joined; the offer is a
 * hold in the waiter's name, so the reservation table's exclusion constraint keeps anyone else off
 * the slot, and the waitlist's own constraint keeps a member from holding two overlapping offers.
 */
@Component
class Offers {

    private static final Logger log = LoggerFactory.getLogger(Offers.class);

    private static final int ATTEMPTS = 5;

    private final WaitlistEntryRepository entries;

    private final OfferHolds holds;

    private final Clubs clubs;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final WaitlistProperties properties;

    private final Clock clock;

    Offers(WaitlistEntryRepository entries, OfferHolds holds, Clubs clubs, JdbcClient jdbc,
            TransactionTemplate transactions, WaitlistProperties properties, Clock clock) {
        this.entries = entries;
        this.holds = holds;
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Notes, inside the current transaction, that a range of a court may have freed: it is offered after commit. */
    void freed(UUID clubId, UUID courtId, TimeRange range) {
        enqueue(clubId, courtId, range);
    }

    /** Queues the range of a court for offering only when some slot of it is free now (joining a full day costs nothing). */
    void freeNow(UUID clubId, UUID courtId, TimeRange range) {
        if (!holds.freeAmong(courtId, slotsOverlapping(clubs.scheduleOf(clubId), range)).isEmpty()) {
            enqueue(clubId, courtId, range);
        }
    }

    private void enqueue(UUID clubId, UUID courtId, TimeRange range) {
        jdbc.sql("""
                insert into waitlist_freed_time (club_id, court_id, starts_at, ends_at, not_before)
                values (:club, :court, :start, :end, :now)""")
                .param("club", clubId).param("court", courtId).param("start", Timestamp.from(range.start()))
                .param("end", Timestamp.from(range.end())).param("now", Timestamp.from(clock.instant())).update();
    }

    /** Offers freed time until none is due; answers how many offers were made. */
    int offerFreed() {
        int made = 0;
        for (int round = 0; round < 1000; round++) {
            OptionalInt next = offerNext();
            if (next.isEmpty()) {
                break;
            }
            made += next.getAsInt();
        }
        return made;
    }

    /**
     * Claims the oldest due freed time no other instance works on and offers it, in one transaction;
     * empty when none is due. A hold racing the offer rolls it back: it is tried again a little later,
     * a few times, so an offer is never made on top of a slot someone else just took.
     */
    private OptionalInt offerNext() {
        AtomicLong claimed = new AtomicLong(-1);
        try {
            Integer made = transactions.execute(status -> {
                Optional<Freed> next = jdbc.sql("""
                        select id, club_id, court_id, starts_at, ends_at from waitlist_freed_time
                        where not_before <= :now order by id limit 1 for update skip locked""")
                        .param("now", Timestamp.from(clock.instant()))
                        .query((row, n) -> new Freed(row.getLong("id"), row.getObject("club_id", UUID.class),
                                row.getObject("court_id", UUID.class), row.getTimestamp("starts_at").toInstant(),
                                row.getTimestamp("ends_at").toInstant()))
                        .optional();
                if (next.isEmpty()) {
                    return null;
                }
                Freed freed = next.get();
                claimed.set(freed.id());
                int offered = offerOnce(freed.clubId(), freed.courtId(), new TimeRange(freed.start(), freed.end()));
                jdbc.sql("delete from waitlist_freed_time where id = :id").param("id", freed.id()).update();
                return offered;
            });
            return made == null ? OptionalInt.empty() : OptionalInt.of(made);
        }
        catch (DataAccessException ex) {
            if (claimed.get() < 0) {
                throw ex;
            }
            log.info("Offering freed time {} raced another change, tried again shortly: {}", claimed.get(),
                    ex.getMostSpecificCause().toString());
            postpone(claimed.get());
            return OptionalInt.of(0);
        }
    }

    private void postpone(long id) {
        transactions.executeWithoutResult(status -> {
            int dropped = jdbc.sql("delete from waitlist_freed_time where id = :id and attempts + 1 >= :attempts")
                    .param("id", id).param("attempts", ATTEMPTS).update();
            if (dropped > 0) {
                log.warn("Freed time {} was given up after {} attempts", id, ATTEMPTS);
                return;
            }
            jdbc.sql("update waitlist_freed_time set attempts = attempts + 1, not_before = :later where id = :id")
                    .param("id", id).param("later", Timestamp.from(clock.instant().plusMillis(200))).update();
        });
    }

    private int offerOnce(UUID clubId, UUID courtId, TimeRange freed) {
        lock("waitlist-club:" + clubId);
        Instant now = clock.instant();
        Schedule schedule = clubs.scheduleOf(clubId);
        List<TimeRange> freedSlots = holds.freeAmong(courtId, slotsOverlapping(schedule, freed));
        if (freedSlots.isEmpty()) {
            return 0;
        }
        Set<Instant> offeredSlots = new HashSet<>();
        int made = 0;
        for (WaitlistEntry entry : entries.findWaitingFor(clubId, courtId, freed.start(), freed.end(), now,
                properties.candidates())) {
            if (offeredSlots.size() == freedSlots.size()) {
                break;
            }
            if (offerTo(entry, courtId, schedule, freedSlots, offeredSlots)) {
                made++;
            }
        }
        return made;
    }

    /** Offers the entry the first range it wants that covers a freed slot nobody was offered yet. */
    private boolean offerTo(WaitlistEntry entry, UUID courtId, Schedule schedule, List<TimeRange> freedSlots,
            Set<Instant> offeredSlots) {
        lock("waitlist-member:" + entry.memberId());
        for (TimeRange candidate : candidates(schedule, entry, freedSlots, offeredSlots)) {
            if (entries.hasOfferOverlapping(entry.memberId(), candidate.start(), candidate.end())) {
                continue;
            }
            Optional<OfferHolds.Offered> offered = holds.holdFor(entry.memberId(), courtId, candidate, properties.offerFor());
            if (offered.isPresent()) {
                entry.offer(offered.get().reservationId(), courtId, candidate, offered.get().heldUntil(), clock);
                entries.saveAndFlush(entry);
                freedSlots.stream().filter(candidate::overlaps).forEach(slot -> offeredSlots.add(slot.start()));
                log.info("Waitlist entry {} offered court {} {} to {} as reservation {} until {}", entry.id(), courtId,
                        candidate.start(), candidate.end(), offered.get().reservationId(), offered.get().heldUntil());
                return true;
            }
        }
        return false;
    }

    /**
     * The ranges of the entry's length on the slot grid, inside its window, that cover at least one
     * freed slot not yet offered, earliest first.
     */
    private static List<TimeRange> candidates(Schedule schedule, WaitlistEntry entry, List<TimeRange> freedSlots,
            Set<Instant> offeredSlots) {
        List<TimeRange> candidates = new ArrayList<>();
        TimeRange window = entry.window();
        if (freedSlots.isEmpty()) {
            return candidates;
        }
        LocalDate first = schedule.dateOf(freedSlots.getFirst().start());
        LocalDate last = schedule.dateOf(freedSlots.getLast().start());
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (TimeRange slot : schedule.slotsOn(date)) {
                TimeRange candidate = new TimeRange(slot.start(), slot.start().plus(entry.length()));
                if (window.contains(candidate) && freedSlots.stream()
                        .anyMatch(freedSlot -> candidate.overlaps(freedSlot) && !offeredSlots.contains(freedSlot.start()))) {
                    candidates.add(candidate);
                }
            }
        }
        return candidates;
    }

    /** The slots of the grid that overlap a freed range. */
    private static List<TimeRange> slotsOverlapping(Schedule schedule, TimeRange freed) {
        List<TimeRange> slots = new ArrayList<>();
        LocalDate last = schedule.dateOf(freed.end().minusNanos(1));
        for (LocalDate date = schedule.dateOf(freed.start()); !date.isAfter(last); date = date.plusDays(1)) {
            schedule.slotsOn(date).stream().filter(freed::overlaps).forEach(slots::add);
        }
        return slots;
    }

    private record Freed(long id, UUID clubId, UUID courtId, Instant start, Instant end) {
    }

    private void lock(String key) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", key)
                .query(Integer.class).single();
    }
}
