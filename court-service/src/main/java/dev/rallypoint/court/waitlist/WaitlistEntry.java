package dev.rallypoint.court.waitlist;

import dev.rallypoint.common.event.waitlist.WaitlistOfferEnded;
import dev.rallypoint.common.event.waitlist.WaitlistOfferMade;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.court.club.TimeRange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.Persistable;

/**
 * One member waiting for a slot: a court or any court of a club, a window and how long they want to
 * play in it. {@code WAITING} until a matching slot frees and is offered ({@code OFFERED}); the offer
 * ends {@code BOOKED}, {@code DECLINED} or {@code LAPSED}; an entry nobody offered anything ends
 * {@code EXPIRED} when its window starts, or {@code CANCELLED} by its member.
 */
@Entity
@Table(name = "waitlist_entry")
class WaitlistEntry extends AbstractAggregateRoot<WaitlistEntry> implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID memberId;

    private UUID clubId;

    private UUID courtId;

    private Instant windowStart;

    private Instant windowEnd;

    private int minutes;

    private int partySize;

    @Enumerated(EnumType.STRING)
    private WaitlistStatus status;

    private UUID reservationId;

    private UUID offerCourtId;

    private Instant offerStartsAt;

    private Instant offerEndsAt;

    private Instant offerExpiresAt;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private boolean stored = true;

    protected WaitlistEntry() {
    }

    static WaitlistEntry join(UUID memberId, Wish wish, Clock clock) {
        WaitlistEntry entry = new WaitlistEntry();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        entry.id = Uuids.timeOrdered(clock);
        entry.memberId = memberId;
        entry.clubId = wish.clubId();
        entry.courtId = wish.courtId();
        entry.windowStart = wish.window().start();
        entry.windowEnd = wish.window().end();
        entry.minutes = (int) wish.length().toMinutes();
        entry.partySize = wish.partySize();
        entry.status = WaitlistStatus.WAITING;
        entry.createdAt = now;
        entry.updatedAt = now;
        entry.stored = false;
        return entry;
    }

    /** The freed range is held for this member until {@code expiresAt}. */
    void offer(UUID reservation, UUID court, TimeRange range, Instant expiresAt, Clock clock) {
        require(WaitlistStatus.WAITING, "offer");
        Instant now = clock.instant();
        this.status = WaitlistStatus.OFFERED;
        this.reservationId = reservation;
        this.offerCourtId = court;
        this.offerStartsAt = range.start();
        this.offerEndsAt = range.end();
        this.offerExpiresAt = expiresAt;
        this.updatedAt = now;
        registerEvent(new WaitlistOfferMade(UUID.randomUUID(), now, id, memberId, clubId, court, reservation,
                range.start(), range.end(), expiresAt));
    }

    /** The offered reservation was paid. */
    void booked(Clock clock) {
        require(WaitlistStatus.OFFERED, "book");
        end(WaitlistStatus.BOOKED, clock);
    }

    /** The member said no to the offer (or cancelled the offered hold). */
    void decline(Clock clock) {
        require(WaitlistStatus.OFFERED, "decline");
        end(WaitlistStatus.DECLINED, clock);
        registerEvent(new WaitlistOfferEnded(UUID.randomUUID(), updatedAt, id, memberId, clubId, reservationId,
                WaitlistStatus.DECLINED.name()));
    }

    /** The offered hold ran out unpaid. */
    void lapse(Clock clock) {
        require(WaitlistStatus.OFFERED, "lapse");
        end(WaitlistStatus.LAPSED, clock);
        registerEvent(new WaitlistOfferEnded(UUID.randomUUID(), updatedAt, id, memberId, clubId, reservationId,
                WaitlistStatus.LAPSED.name()));
    }

    /** The member leaves the waitlist; an offered hold is to be released by the caller. */
    void cancel(Clock clock) {
        if (!status.isLive()) {
            throw new IllegalWaitlistTransition(status, "cancel");
        }
        end(WaitlistStatus.CANCELLED, clock);
    }

    /** Whether the window of a waiting entry has begun, so nothing can be offered any more. */
    boolean isDue(Instant now) {
        return status == WaitlistStatus.WAITING && !now.isBefore(windowStart);
    }

    private void end(WaitlistStatus outcome, Clock clock) {
        this.status = outcome;
        this.updatedAt = clock.instant();
    }

    private void require(WaitlistStatus required, String action) {
        if (status != required) {
            throw new IllegalWaitlistTransition(status, action);
        }
    }

    public UUID id() {
        return id;
    }

    UUID memberId() {
        return memberId;
    }

    UUID clubId() {
        return clubId;
    }

    Optional<UUID> courtId() {
        return Optional.ofNullable(courtId);
    }

    TimeRange window() {
        return new TimeRange(windowStart, windowEnd);
    }

    Duration length() {
        return Duration.ofMinutes(minutes);
    }

    int partySize() {
        return partySize;
    }

    WaitlistStatus status() {
        return status;
    }

    Optional<UUID> reservationId() {
        return Optional.ofNullable(reservationId);
    }

    UUID offerCourtId() {
        return offerCourtId;
    }

    Optional<TimeRange> offered() {
        return offerStartsAt == null ? Optional.empty() : Optional.of(new TimeRange(offerStartsAt, offerEndsAt));
    }

    Instant offerExpiresAt() {
        return offerExpiresAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void stored() {
        stored = true;
    }
}
