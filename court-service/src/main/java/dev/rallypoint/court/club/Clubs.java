package dev.rallypoint.court.club;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rallypoint.support.security.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the rest of court-service asks about clubs and courts: the rules a court is booked by, its
 * blocks, and who manages what. Bookable courts are kept in memory for a few seconds (they are read
 * on every hold and availability read, which then need no database connection) and dropped at once
 * when this instance changes their setup (reservations do not touch it). A court missing from memory
 * is loaded once however many requests ask for it at the same moment: a burst of holds on a new court
 * waits for one read instead of queueing a thousand on the connection pool. Each question is its own
 * short read; no method opens a transaction around a cache hit.
 */
@Component
public class Clubs {

    private static final Duration KEEP_BOOKABLE = Duration.ofSeconds(5);

    private final ClubRepository clubs;

    private final CourtRepository courts;

    private final BlockRepository blocks;

    private final LoadingCache<UUID, BookableCourt> bookable = Caffeine.newBuilder()
            .expireAfterWrite(KEEP_BOOKABLE)
            .maximumSize(10_000)
            .build(this::load);

    Clubs(ClubRepository clubs, CourtRepository courts, BlockRepository blocks) {
        this.clubs = clubs;
        this.courts = courts;
        this.blocks = blocks;
    }

    /** The court's booking setup; an unknown or retired court is not found. */
    public BookableCourt bookable(UUID courtId) {
        return bookable.get(courtId);
    }

    private BookableCourt load(UUID courtId) {
        Court court = courts.findById(courtId).filter(Court::isActive).orElseThrow(() -> new CourtNotFound(courtId));
        Club club = clubs.findById(court.clubId()).orElseThrow(() -> new CourtNotFound(courtId));
        return new BookableCourt(court.id(), club.id(), court.spec().name(), court.spec().basePrice(), club.schedule(),
                club.bookingRules(), club.priceRules(), club.managers());
    }

    /** A club's operating schedule. */
    public Schedule scheduleOf(UUID clubId) {
        return clubs.findById(clubId).map(Club::schedule).orElseThrow(() -> new ClubNotFound(clubId));
    }

    /** A club's schedule and booking rules, read together. */
    public Setup setupOf(UUID clubId) {
        return clubs.findById(clubId).map(club -> new Setup(club.schedule(), club.bookingRules()))
                .orElseThrow(() -> new ClubNotFound(clubId));
    }

    /** What a club's reservations are cancelled and cut into slots by. */
    public record Setup(Schedule schedule, BookingRules rules) {
    }

    /** A club's booking rules. */
    public BookingRules rulesOf(UUID clubId) {
        return clubs.findById(clubId).map(Club::bookingRules).orElseThrow(() -> new ClubNotFound(clubId));
    }

    /** The blocks of a court that overlap a window. */
    public List<TimeRange> blocksOf(UUID courtId, TimeRange window) {
        return blocks.findOverlapping(courtId, window.start(), window.end()).stream().map(Block::range).toList();
    }

    /** Whether the caller may manage the club: one of its managers, or an admin. */
    public boolean manages(Caller caller, UUID clubId) {
        if (caller.isAdmin()) {
            return true;
        }
        return clubs.findById(clubId).map(club -> club.isManagedBy(caller.userId())).orElse(false);
    }

    /** The managers of a club: its desk, told what its walk-in parties do. */
    public Set<UUID> managersOf(UUID clubId) {
        return clubs.findById(clubId).map(Club::managers).map(Set::copyOf).orElseThrow(() -> new ClubNotFound(clubId));
    }

    /** The clubs a user manages. */
    public List<UUID> managedBy(UUID userId) {
        return clubs.findIdsManagedBy(userId);
    }

    /** The courts of a club, retired ones included. */
    public List<UUID> courtsOf(UUID clubId) {
        return courts.findIdsByClub(clubId);
    }

    /** Drops the changed courts now and again once the change committed, so no reader keeps the old setup. */
    @EventListener
    void forget(CourtSetupChanged changed) {
        bookable.invalidateAll(changed.courtIds());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    bookable.invalidateAll(changed.courtIds());
                }
            });
        }
    }
}
