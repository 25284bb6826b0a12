package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.event.court.PaymentCancelled;
import dev.rallypoint.common.event.court.PaymentCompleted;
import dev.rallypoint.common.event.court.PaymentRequested;
import dev.rallypoint.common.event.court.RefundRequested;
import dev.rallypoint.common.event.court.SeatCancelled;
import dev.rallypoint.common.event.court.SeatReserved;
import dev.rallypoint.common.id.Uuids;
import dev.rallypoint.court.Actor;
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
 * One member's reservation of one seat of an event date. It starts {@code HELD} until a deadline;
 * payment moves it through {@code PAYMENT_PENDING} to {@code RESERVED} (or back to {@code HELD}, or
* {@code EXPIRED} when the time ran out, also when the wallet does not answer in time); the member may cancel a held or reserved seat, and a
 * reserved one is refunded. Each transition guards its precondition and registers what it causes.
 */
@Entity
@Table(name = "seat_reservation")
public class SeatReservation extends AbstractAggregateRoot<SeatReservation> {

    static final String REFUND_CANCELED = "SEAT_CANCELED";

    static final String NO_PAYMENT_ANSWER = "NO_PAYMENT_ANSWER";

    @Id
    private UUID id;

    private UUID eventId;

    private UUID eventDateId;

    private int seatNumber;

    private UUID memberId;

    @Enumerated(EnumType.STRING)
    private SeatReservationStatus status;

    private long price;

    private Instant heldUntil;

    private UUID paymentId;

    private Instant paymentRequestedAt;

    private String failureReason;

    @Enumerated(EnumType.STRING)
    private Actor cancelledBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected SeatReservation() {
    }

    static SeatReservation hold(TicketedEvent event, EventDate date, int seatNumber, UUID memberId, Duration holdFor,
            Clock clock) {
        SeatReservation reservation = new SeatReservation();
        // microseconds, as PostgreSQL keeps them: the answer to the hold shows what later reads show
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        reservation.id = Uuids.timeOrdered(clock);
        reservation.eventId = event.id();
        reservation.eventDateId = date.id();
        reservation.seatNumber = seatNumber;
        reservation.memberId = memberId;
        reservation.status = SeatReservationStatus.HELD;
        reservation.price = event.pricePerSeat();
        reservation.heldUntil = now.plus(holdFor);
        reservation.createdAt = now;
        reservation.updatedAt = now;
        return reservation;
    }

    /** Asks the member's wallet for the price; the hold does not expire while the answer is awaited. */
    void requestPayment(Clock clock) {
        requireStatus(SeatReservationStatus.HELD, "pay");
        Instant now = clock.instant();
        if (isHeldPast(now)) {
            throw new SeatHoldExpired(id);
        }
        status = SeatReservationStatus.PAYMENT_PENDING;
        paymentId = Uuids.timeOrdered(clock);
        paymentRequestedAt = now;
        failureReason = null;
        updatedAt = now;
        registerEvent(new PaymentRequested(UUID.randomUUID(), now, paymentId, memberId, price, reference()));
    }

    /** A free seat needs no wallet: it is the member's at once, and the waiting-room admission ends. */
    void takeFree(TicketedEvent event, EventDate date, Clock clock) {
        requireStatus(SeatReservationStatus.HELD, "pay");
        Instant now = clock.instant();
        if (isHeldPast(now)) {
            throw new SeatHoldExpired(id);
        }
        if (price != 0) {
            throw new IllegalSeatTransition(status, "take for free");
        }
        status = SeatReservationStatus.RESERVED;
        updatedAt = now;
        registerEvent(new PaymentCompleted(UUID.randomUUID(), now, id, memberId, date.gate(), 0));
        registerEvent(reserved(event, date, now));
    }

    /** The wallet paid: the seat is the member's; the payer's waiting-room admission ends. */
    void confirm(TicketedEvent event, EventDate date, Clock clock) {
        requireStatus(SeatReservationStatus.PAYMENT_PENDING, "confirm");
        Instant now = clock.instant();
        status = SeatReservationStatus.RESERVED;
        updatedAt = now;
        registerEvent(new PaymentCompleted(UUID.randomUUID(), now, id, memberId, date.gate(), price));
        registerEvent(reserved(event, date, now));
    }

    /** The wallet refused: held again while the hold's time lasts, expired otherwise. */
    void paymentFailed(String reason, Clock clock) {
        requireStatus(SeatReservationStatus.PAYMENT_PENDING, "fail payment");
        Instant now = clock.instant();
        failureReason = reason;
        status = now.isBefore(heldUntil) ? SeatReservationStatus.HELD : SeatReservationStatus.EXPIRED;
        updatedAt = now;
    }

    /** The member gives the seat back; a paid seat is refunded in full. */
    void cancel(TicketedEvent event, EventDate date, Clock clock) {
        Instant now = clock.instant();
        if (isHeldPast(now)) {
            throw new SeatHoldExpired(id);
        }
        if (status != SeatReservationStatus.RESERVED) {
            requireStatus(SeatReservationStatus.HELD, "cancel");
        }
        end(event, date, Actor.MEMBER, SeatCancelled.MEMBER_CANCELLED, REFUND_CANCELED, now);
    }

    /**
     * The club cancelled the date: a held seat is released, a payment in flight is called off (the wallet
     * then never debits it, or pays it back), a paid seat is refunded in full. Only a live reservation can
     * be settled so, and only once: its state is the guard against a second refund.
     */
    void cancelWithDate(TicketedEvent event, EventDate date, Actor by, Clock clock) {
        Instant now = clock.instant();
        switch (status) {
            case HELD, RESERVED -> {
            }
            case PAYMENT_PENDING -> registerEvent(new PaymentCancelled(UUID.randomUUID(), now, paymentId, memberId,
                    SeatCancelled.EVENT_DATE_CANCELLED));
            default -> throw new IllegalSeatTransition(status, "cancel with its date");
        }
        end(event, date, by, SeatCancelled.EVENT_DATE_CANCELLED, SeatCancelled.EVENT_DATE_CANCELLED, now);
    }

    private void end(TicketedEvent event, EventDate date, Actor by, String why, String refundReason, Instant now) {
        SeatReservationStatus previous = status;
        long refunded = previous == SeatReservationStatus.RESERVED ? price : 0;
        if (refunded > 0) {
            registerEvent(refund(refundReason, now));
        }
        status = SeatReservationStatus.CANCELED;
        cancelledBy = by;
        updatedAt = now;
        registerEvent(new SeatCancelled(Uuids.timeOrdered(), now, id, memberId, event.clubId(), eventId, eventDateId,
                event.title(), date.startsAt(), seatNumber, previous.name(), by.name(), why, refunded));
    }

    private SeatReserved reserved(TicketedEvent event, EventDate date, Instant now) {
        return new SeatReserved(Uuids.timeOrdered(), now, id, memberId, event.clubId(), eventId, eventDateId, event.title(),
                date.startsAt(), seatNumber, price);
    }

    /** The hold ran out unpaid. */
    void expire(Clock clock) {
        requireStatus(SeatReservationStatus.HELD, "expire");
        status = SeatReservationStatus.EXPIRED;
        updatedAt = clock.instant();
    }

    /**
     * The wallet did not answer in time: the payment is called off (the wallet then never debits it,
     * or pays it back if it already did) and the seat is held again while the hold's time lasts.
     */
    void abandonPayment(Clock clock) {
        requireStatus(SeatReservationStatus.PAYMENT_PENDING, "abandon payment");
        Instant now = clock.instant();
        registerEvent(new PaymentCancelled(UUID.randomUUID(), now, paymentId, memberId, NO_PAYMENT_ANSWER));
        failureReason = NO_PAYMENT_ANSWER;
        status = now.isBefore(heldUntil) ? SeatReservationStatus.HELD : SeatReservationStatus.EXPIRED;
        updatedAt = now;
    }

    /**
     * The full price back, under the payment's own id: the wallet credits a refund id once and pays a
     * payment back at most once, so even a refund asked for twice is credited once.
     */
    private RefundRequested refund(String reason, Instant now) {
        return new RefundRequested(UUID.randomUUID(), now, paymentId, memberId, price, reference(), reason);
    }

    private String reference() {
        return "seat-reservation/" + id;
    }

    private void requireStatus(SeatReservationStatus required, String action) {
        if (status != required) {
            throw new IllegalSeatTransition(status, action);
        }
    }

    boolean isHeldPast(Instant now) {
        return status == SeatReservationStatus.HELD && !now.isBefore(heldUntil);
    }

    boolean isOf(UUID eventId, UUID eventDateId) {
        return this.eventId.equals(eventId) && this.eventDateId.equals(eventDateId);
    }

    public UUID id() {
        return id;
    }

    public UUID eventId() {
        return eventId;
    }

    public UUID eventDateId() {
        return eventDateId;
    }

    public int seatNumber() {
        return seatNumber;
    }

    public UUID memberId() {
        return memberId;
    }

    public SeatReservationStatus status() {
        return status;
    }

    public long price() {
        return price;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    public UUID paymentId() {
        return paymentId;
    }

    public String failureReason() {
        return failureReason;
    }

    /** Who ended the reservation: {@code MEMBER}, {@code MANAGER} or {@code ADMIN}; {@code null} otherwise. */
    public Actor cancelledBy() {
        return cancelledBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
