package dev.rallypoint.court.waitlist;

import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.Clubs;
import dev.rallypoint.court.club.NotClubManager;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.OfferHolds;
import dev.rallypoint.support.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** The waitlist's use cases: join, leave, decline an offer, and what an offered reservation's fate means for its entry. */
@Component
class Waitlist {

    private static final Logger log = LoggerFactory.getLogger(Waitlist.class);

    private final WaitlistEntryRepository entries;

    private final Offers offers;

    private final OfferHolds holds;

    private final Clubs clubs;

    private final JdbcClient jdbc;

    private final TransactionTemplate transactions;

    private final WaitlistProperties properties;

    private final Clock clock;

    Waitlist(WaitlistEntryRepository entries, Offers offers, OfferHolds holds, Clubs clubs, JdbcClient jdbc,
            TransactionTemplate transactions, WaitlistProperties properties, Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.holds = holds;
        this.clubs = clubs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Puts the member in line. Time of the window that is free right now is offered shortly after, to
     * the first waiter it fits (who may be someone who joined earlier).
     */
    WaitlistEntry join(Caller caller, WaitlistRequest request) {
        Wish wish = wishOf(request);
        WaitlistEntry joined = transactions.execute(status -> {
            jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended(:key, 0))")
                    .param("key", "waitlist-member:" + caller.userId()).query(Integer.class).single();
            if (entries.countLive(caller.userId()) >= properties.maxLiveEntries()) {
                throw new TooManyWaitlistEntries(properties.maxLiveEntries());
            }
            WaitlistEntry entry = entries.save(WaitlistEntry.join(caller.userId(), wish, clock));
            List<UUID> courts = wish.courtId() != null ? List.of(wish.courtId()) : clubs.courtsOf(wish.clubId());
            courts.forEach(court -> offers.freeNow(wish.clubId(), court, wish.window()));
            return entry;
        });
        log.info("Member {} joined the waitlist as {}: club {} court {} {} to {}, {} min", caller.userId(), joined.id(),
                wish.clubId(), wish.courtId(), wish.window().start(), wish.window().end(), wish.length().toMinutes());
        return joined;
    }

    private Wish wishOf(WaitlistRequest request) {
        if ((request.courtId() == null) == (request.clubId() == null)) {
            throw new InvalidWish("courtId/clubId");
        }
        TimeRange window = new TimeRange(request.from(), request.to());
        Instant now = clock.instant();
        if (!window.start().isAfter(now)) {
            throw new InvalidWish("from");
        }
        if (window.duration().compareTo(properties.maxWindow()) > 0) {
            throw new InvalidWish("to");
        }
        UUID clubId = request.clubId();
        if (request.courtId() != null) {
            BookableCourt court = clubs.bookable(request.courtId());
            clubId = court.clubId();
        }
        Schedule schedule = clubs.scheduleOf(clubId);
        int minutes = request.minutes() != null ? request.minutes() : (int) window.duration().toMinutes();
        if (minutes % schedule.slotMinutes() != 0) {
            throw new InvalidWish("minutes");
        }
        return new Wish(clubId, request.courtId(), window, Duration.ofMinutes(minutes), request.partySize());
    }

    WaitlistEntry mine(Caller caller, UUID entryId) {
        return entries.findById(entryId).filter(entry -> caller.is(entry.memberId()))
                .orElseThrow(() -> new WaitlistEntryNotFound(entryId));
    }

    /** Leaves the waitlist; an offered hold is given back and goes to the next waiter. */
    WaitlistEntry cancel(Caller caller, UUID entryId) {
        return end(caller, entryId, entry -> {
            entry.cancel(clock);
            log.info("Waitlist entry {} cancelled by its member", entryId);
        });
    }

    /** Says no to an offer: the hold is given back and goes to the next waiter. */
    WaitlistEntry decline(Caller caller, UUID entryId) {
        return end(caller, entryId, entry -> {
            entry.decline(clock);
            log.info("Waitlist entry {} declined its offer", entryId);
        });
    }

    private WaitlistEntry end(Caller caller, UUID entryId, Consumer<WaitlistEntry> ending) {
        return transactions.execute(status -> {
            WaitlistEntry entry = entries.findForUpdate(entryId).filter(found -> caller.is(found.memberId()))
                    .orElseThrow(() -> new WaitlistEntryNotFound(entryId));
            boolean offered = entry.status() == WaitlistStatus.OFFERED;
            ending.accept(entry);
            WaitlistEntry saved = entries.save(entry);
            if (offered) {
                entry.reservationId().ifPresent(holds::release);
            }
            return saved;
        });
    }

    /** The offered reservation was paid: the entry is booked. */
    void offerPaid(UUID reservationId) {
        settle(reservationId, "booked", entry -> entry.booked(clock));
    }

    /** The offered reservation was cancelled (by its member, a manager): the offer counts as declined. */
    void offerCancelled(UUID reservationId) {
        settle(reservationId, "declined", entry -> entry.decline(clock));
    }

    /** The offered hold ran out. */
    void offerLapsed(UUID reservationId) {
        settle(reservationId, "lapsed", entry -> entry.lapse(clock));
    }

    private void settle(UUID reservationId, String outcome, Consumer<WaitlistEntry> transition) {
        transactions.execute(status -> {
            entries.findByReservationIdForUpdate(reservationId).filter(entry -> entry.status() == WaitlistStatus.OFFERED)
                    .ifPresent(entry -> {
                        transition.accept(entry);
                        entries.save(entry);
                        log.info("Waitlist entry {} {}: reservation {}", entry.id(), outcome, reservationId);
                    });
            return null;
        });
    }

    /** Ends the waiting entries whose window began. */
    int expireStarted() {
        Integer expired = transactions.execute(status -> entries.expireStarted(clock.instant()));
        if (expired != null && expired > 0) {
            log.info("{} waitlist entries expired: their window began", expired);
        }
        return expired == null ? 0 : expired;
    }

    /** The caller may see the club's waitlist: one of its managers, or an admin. */
    void requireManager(Caller caller, UUID clubId) {
        clubs.scheduleOf(clubId);
        if (!clubs.manages(caller, clubId)) {
            throw new NotClubManager(clubId);
        }
    }
}
