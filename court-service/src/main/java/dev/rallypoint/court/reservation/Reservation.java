package dev.rallypoint.court.reservation;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationChanged;
import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.common.event.court.ReservationHeld;
import dev.rallypoint.common.event.court.ReservationNoShow;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.TimeRange;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One member's reservation of one court for a range of whole slots. It starts {@code HELD} until a
 * deadline; payment (built on top of this aggregate) moves it through {@code PAYMENT_PENDING} to
 * {@code CONFIRMED}; it ends {@code CANCELLED}, {@code EXPIRED}, {@code COMPLETED} or {@code NO_SHOW}.
 * Each transition guards its precondition and registers the fact it causes.
 */
@Entity
@Table(name = "reservation")
public class Reservation extends AbstractAggregateRoot<Reservation> {

    @Id
    private UUID id;

    private UUID courtId;

    private UUID clubId;

    private UUID memberId;

    private Instant startsAt;

    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    private ReservationStatus status;

    private long price;

    private Instant heldUntil;

    @Enumerated(EnumType.STRING)
    private Actor cancelledBy;

    private Long cancellationFee;

    private String paymentFailure;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant checkedInAt;

    /** {@code null} until first stored: the id is assigned, so this is how a new one is told apart without a SELECT. */
    @Version
    private Long version;

    protected Reservation() {
    }

    /** Holds the court for the member until {@code holdFor} from now. */
    public static Reservation hold(BookableCourt court, TimeRange range, UUID memberId, Duration holdFor, Clock clock) {
        Reservation reservation = new Reservation();
        // microseconds, as PostgreSQL keeps them: the answer to the hold shows what later reads show
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        reservation.id = Uuids.timeOrdered(clock);
        reservation.courtId = court.courtId();
        reservation.clubId = court.clubId();
        reservation.memberId = memberId;
        reservation.startsAt = range.start();
        reservation.endsAt = range.end();
        reservation.price = court.priceOfRange(range);
        reservation.status = ReservationStatus.HELD;
        reservation.heldUntil = now.plus(holdFor);
        reservation.createdAt = now;
        reservation.updatedAt = now;
        reservation.registerEvent(new ReservationHeld(UUID.randomUUID(), now, reservation.id, memberId, reservation.clubId,
                reservation.courtId, reservation.startsAt, reservation.endsAt, reservation.price, reservation.heldUntil));
        return reservation;
    }

    /**
     * Moves the reservation to another range or court of its club in one step: the row changes its
     * range atomically, so the new time is occupied before the old one is free. A hold moves and keeps
     * its deadline; a confirmed reservation moves before it starts, and the payment saga settles the
     * price difference.
     */
    public void changeTo(BookableCourt court, TimeRange range, Actor by, Clock clock) {
        if (status != ReservationStatus.HELD && status != ReservationStatus.CONFIRMED || checkedInAt != null) {
            throw new IllegalTransition(status, "change");
        }
        if (!court.clubId().equals(clubId)) {
            throw new OtherClub();
        }
        Instant now = clock.instant();
        if (status == ReservationStatus.CONFIRMED && !now.isBefore(startsAt)) {
            throw new AlreadyStarted();
        }
        moveTo(court.courtId(), range, court.priceOfRange(range), by, now);
    }

    /**
     * Moves a confirmed reservation back to where it was before a change whose price difference went
     * unpaid ({@code reason}); the caller made sure that time is free.
     */
    public void undoChange(UUID previousCourtId, TimeRange previousRange, long previousPrice, String reason, Clock clock) {
        requireStatus(ReservationStatus.CONFIRMED, "undo-change");
        Instant now = clock.instant();
        moveTo(previousCourtId, previousRange, previousPrice, Actor.SYSTEM, now);
        this.paymentFailure = reason;
    }

    /**
     * Cancels a confirmed reservation whose price difference went unpaid ({@code reason}) and whose
     * previous time is taken: no fee, whatever was paid is refunded.
     */
    public void cancelUnpaidChange(String reason, Clock clock) {
        requireStatus(ReservationStatus.CONFIRMED, "cancel-unpaid-change");
        Instant now = clock.instant();
        this.status = ReservationStatus.CANCELLED;
        this.cancelledBy = Actor.SYSTEM;
        this.cancellationFee = 0L;
        this.paymentFailure = reason;
        this.updatedAt = now;
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt,
                ReservationStatus.CONFIRMED.name(), Actor.SYSTEM.name(), price, 0));
    }

    private void moveTo(UUID newCourtId, TimeRange range, long newPrice, Actor by, Instant now) {
        ReservationChanged changed = new ReservationChanged(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt,
                endsAt, price, newCourtId, range.start(), range.end(), newPrice, by.name());
        this.courtId = newCourtId;
        this.startsAt = range.start();
        this.endsAt = range.end();
        this.price = changed.price();
        this.updatedAt = now;
        registerEvent(changed);
    }

    /**
     * Cancels before the reserved time begins; {@code fee} is what the cancellation policy keeps. A
     * payment still in flight is called off by the payment saga, which refunds a debit that lands late.
     */
    public void cancel(Actor by, long fee, Clock clock) {
        if (!status.isActive() || checkedInAt != null) {
            throw new IllegalTransition(status, "cancel");
        }
        Instant now = clock.instant();
        if (!now.isBefore(startsAt)) {
            throw new AlreadyStarted();
        }
        ReservationStatus previous = status;
        this.status = ReservationStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancellationFee = fee;
        this.updatedAt = now;
        registerEvent(new ReservationCancelled(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt,
                previous.name(), by.name(), price, fee));
    }

    /** Ends a hold whose deadline passed; the slot is free again. */
    public void expire(Clock clock) {
        requireStatus(ReservationStatus.HELD, "expire");
        Instant now = clock.instant();
        if (now.isBefore(heldUntil)) {
            throw new IllegalTransition(status, "expire");
        }
        this.status = ReservationStatus.EXPIRED;
        this.updatedAt = now;
        registerEvent(new ReservationExpired(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt));
    }

    /**
     * The member asks to pay for a hold that still runs: the reservation waits for the wallet's answer
     * in {@code PAYMENT_PENDING}, where it does not expire.
     */
    public void requestPayment(Clock clock) {
        requireStatus(ReservationStatus.HELD, "pay");
        Instant now = clock.instant();
        if (!now.isBefore(heldUntil)) {
            throw new HoldExpired(id);
        }
        this.status = ReservationStatus.PAYMENT_PENDING;
        this.paymentFailure = null;
        this.updatedAt = now;
    }

    /** The payment went through: the reservation is the member's. */
    public void confirm(UUID paymentId, Clock clock) {
        requireStatus(ReservationStatus.PAYMENT_PENDING, "confirm");
        Instant now = clock.instant();
        this.status = ReservationStatus.CONFIRMED;
        this.paymentFailure = null;
        this.updatedAt = now;
        registerEvent(new ReservationConfirmed(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt,
                price, paymentId));
    }

    /**
     * The payment did not go through ({@code reason} as the saga names it): the hold runs on if it has
     * time left, otherwise it expires now.
     */
    public void paymentFailed(String reason, Clock clock) {
        requireStatus(ReservationStatus.PAYMENT_PENDING, "fail-payment");
        Instant now = clock.instant();
        this.paymentFailure = reason;
        this.updatedAt = now;
        if (now.isBefore(heldUntil)) {
            this.status = ReservationStatus.HELD;
            return;
        }
        this.status = ReservationStatus.EXPIRED;
        registerEvent(new ReservationExpired(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt));
    }

    /** Records that a confirmed reservation was played, once its time is over. */
    public void complete(Clock clock) {
        requireStatus(ReservationStatus.CONFIRMED, "complete");
        if (clock.instant().isBefore(endsAt)) {
            throw new NotOverYet();
        }
        this.status = ReservationStatus.COMPLETED;
        this.updatedAt = clock.instant();
    }

    /**
     * The member arrived: a confirmed reservation is checked in from {@code opensBefore} its start until
     * {@code closesAfter} it; checking in again changes nothing. It stays {@code CONFIRMED} (the court
     * stays taken) and is completed once over.
     */
    public void checkIn(Duration opensBefore, Duration closesAfter, Clock clock) {
        requireStatus(ReservationStatus.CONFIRMED, "check-in");
        if (checkedInAt != null) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(startsAt.minus(opensBefore)) || !now.isBefore(startsAt.plus(closesAfter))) {
            throw new OutsideCheckInWindow(startsAt.minus(opensBefore), startsAt.plus(closesAfter));
        }
        this.checkedInAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = now;
    }

    /** Records that the member of a confirmed reservation did not come, once its time began; nothing refunded. */
    public void markNoShow(Clock clock) {
        markNoShow(price, clock);
    }

    /**
     * Records that the member of a confirmed reservation did not come, once its time began, and releases
     * the court; {@code kept} points of the price stay with the club, the rest is refunded.
     */
    public void markNoShow(long kept, Clock clock) {
        requireStatus(ReservationStatus.CONFIRMED, "mark-no-show");
        if (checkedInAt != null) {
            throw new IllegalTransition(status, "mark-no-show after check-in");
        }
        Instant now = clock.instant();
        if (now.isBefore(startsAt)) {
            throw new NotOverYet();
        }
        this.status = ReservationStatus.NO_SHOW;
        this.updatedAt = now;
        registerEvent(new ReservationNoShow(UUID.randomUUID(), now, id, memberId, clubId, courtId, startsAt, endsAt, price,
                Math.clamp(kept, 0, price)));
    }

    private void requireStatus(ReservationStatus required, String action) {
        if (status != required) {
            throw new IllegalTransition(status, action);
        }
    }

    public boolean isHeldPast(Instant now) {
        return status == ReservationStatus.HELD && !now.isBefore(heldUntil);
    }

    public UUID id() {
        return id;
    }

    public UUID courtId() {
        return courtId;
    }

    public UUID clubId() {
        return clubId;
    }

    public UUID memberId() {
        return memberId;
    }

    public TimeRange range() {
        return new TimeRange(startsAt, endsAt);
    }

    public ReservationStatus status() {
        return status;
    }

    public long price() {
        return price;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    public Actor cancelledBy() {
        return cancelledBy;
    }

    public Long cancellationFee() {
        return cancellationFee;
    }

    /** Why the last payment attempt failed, while the reservation has not been paid. */
    public String paymentFailure() {
        return paymentFailure;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the member checked in; {@code null} until then. */
    public Instant checkedInAt() {
        return checkedInAt;
    }
}
