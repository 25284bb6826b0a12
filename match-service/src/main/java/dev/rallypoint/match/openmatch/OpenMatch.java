package dev.rallypoint.match.openmatch;

import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.match.matching.GameType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * A court reservation offered to other players: a game type, a level range and a number of places. Players
 * join until every place is taken, may leave until {@code leaveBy} (the place is free again), and the
 * publisher may call it off. A player publisher plays and takes no place; a manager publishing for their
 * club does not play.
 */
@Entity
@Table(name = "open_match")
public class OpenMatch implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID publisherId;

    private boolean publisherPlays;

    private UUID reservationId;

    private UUID clubId;

    private UUID courtId;

    @Enumerated(EnumType.STRING)
    private GameType gameType;

    private BigDecimal minLevel;

    private BigDecimal maxLevel;

    private int places;

    private int taken;

    private Instant startsAt;

    private Instant endsAt;

    private Instant leaveBy;

    @Enumerated(EnumType.STRING)
    private OpenMatchStatus status;

    private Instant createdAt;

    private Instant cancelledAt;

    @Enumerated(EnumType.STRING)
    private CancelReason cancelReason;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "open_match_player", joinColumns = @JoinColumn(name = "open_match_id"))
    private Set<Place> players = new LinkedHashSet<>();

    @Transient
    private boolean fresh;

    protected OpenMatch() {
    }

    /** What is offered: the reservation, as court-service showed it to the publisher, and the terms. */
    record Offer(UUID reservationId, UUID clubId, UUID courtId, Instant startsAt, Instant endsAt, GameType gameType,
            BigDecimal minLevel, BigDecimal maxLevel, int places) {
    }

    /**
     * Publishes the offer; refuses places the game type cannot have (a playing publisher counts as one player)
     * and a reservation that has started.
     */
    static OpenMatch publish(UUID publisher, boolean plays, Offer offer, Duration leaveBefore, Clock clock) {
        Instant now = clock.instant();
        if (!offer.startsAt().isAfter(now)) {
            throw new ReservationNotUsable(offer.reservationId());
        }
        int free = offer.gameType().players() - (plays ? 1 : 0);
        if (offer.places() < 1 || offer.places() > free) {
            throw new InvalidOpenMatch("a " + offer.gameType() + " match has 1 to " + free + " places to offer");
        }
        if (offer.minLevel().compareTo(offer.maxLevel()) > 0) {
            throw new InvalidOpenMatch("minLevel is above maxLevel");
        }
        OpenMatch match = new OpenMatch();
        match.id = Uuids.timeOrdered(clock);
        match.publisherId = publisher;
        match.publisherPlays = plays;
        match.reservationId = offer.reservationId();
        match.clubId = offer.clubId();
        match.courtId = offer.courtId();
        match.gameType = offer.gameType();
        match.minLevel = offer.minLevel();
        match.maxLevel = offer.maxLevel();
        match.places = offer.places();
        match.startsAt = offer.startsAt();
        match.endsAt = offer.endsAt();
        Instant leaveBy = offer.startsAt().minus(leaveBefore);
        match.leaveBy = leaveBy.isBefore(now) ? now : leaveBy;
        match.status = OpenMatchStatus.OPEN;
        match.createdAt = now;
        match.fresh = true;
        return match;
    }

    /** The player takes a place; the last place makes the match {@code FULL}. */
    void join(UUID player, BigDecimal level, Clock clock) {
        if (status == OpenMatchStatus.CANCELLED || !startsAt.isAfter(clock.instant())) {
            throw new OpenMatchNotOpen(id);
        }
        if (player.equals(publisherId) || isPlayer(player)) {
            throw new AlreadyJoined(id);
        }
        if (status == OpenMatchStatus.FULL) {
            throw new OpenMatchFull(id);
        }
        if (level.compareTo(minLevel) < 0 || level.compareTo(maxLevel) > 0) {
            throw new LevelOutOfRange(level, minLevel, maxLevel);
        }
        players.add(new Place(player, clock.instant()));
        taken++;
        if (taken == places) {
            status = OpenMatchStatus.FULL;
        }
    }

    /** The player gives their place back, before {@code leaveBy}. */
    void leave(UUID player, Clock clock) {
        if (!isPlayer(player)) {
            throw new NotJoined(id);
        }
        if (status == OpenMatchStatus.CANCELLED) {
            throw new OpenMatchNotOpen(id);
        }
        if (!clock.instant().isBefore(leaveBy)) {
            throw new LeaveClosed(id, leaveBy);
        }
        players.removeIf(place -> place.playerId().equals(player));
        taken--;
        status = OpenMatchStatus.OPEN;
    }

    /** The publisher calls it off (the players are told by the view; no event contract exists yet). */
    void cancel(UUID caller, Clock clock) {
        if (!publisherId.equals(caller)) {
            throw new NotPublisher(id);
        }
        if (status == OpenMatchStatus.CANCELLED) {
            throw new OpenMatchNotOpen(id);
        }
        status = OpenMatchStatus.CANCELLED;
        cancelledAt = clock.instant();
        cancelReason = CancelReason.PUBLISHER;
    }

    /** court-service cancelled or expired the reservation: there is no court to play on any more. */
    void reservationEnded(Clock clock) {
        if (status != OpenMatchStatus.CANCELLED) {
            status = OpenMatchStatus.CANCELLED;
            cancelledAt = clock.instant();
            cancelReason = CancelReason.RESERVATION_ENDED;
        }
    }

    boolean isPlayer(UUID player) {
        return players.stream().anyMatch(place -> place.playerId().equals(player));
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }

    public UUID id() {
        return id;
    }

    public UUID publisherId() {
        return publisherId;
    }

    public boolean publisherPlays() {
        return publisherPlays;
    }

    public UUID reservationId() {
        return reservationId;
    }

    public UUID clubId() {
        return clubId;
    }

    public UUID courtId() {
        return courtId;
    }

    public GameType gameType() {
        return gameType;
    }

    public BigDecimal minLevel() {
        return minLevel;
    }

    public BigDecimal maxLevel() {
        return maxLevel;
    }

    public int places() {
        return places;
    }

    public int taken() {
        return taken;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public Instant leaveBy() {
        return leaveBy;
    }

    public OpenMatchStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public CancelReason cancelReason() {
        return cancelReason;
    }

    Set<Place> players() {
        return Collections.unmodifiableSet(players);
    }
}
