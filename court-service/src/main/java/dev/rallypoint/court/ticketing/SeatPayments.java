package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.court.payment.PaymentParty;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The wallet's answers to seat payments, handed over by court-service's one consumer of those answers
 * (once per answer, in its transaction); answers to payments that are not for seats are ignored.
 */
@Component
class SeatPayments implements PaymentParty {

    private static final Logger log = LoggerFactory.getLogger(SeatPayments.class);

    private final SeatReservationRepository reservations;

    private final EventDateRepository dates;

    private final TicketedEventRepository events;

    private final Seats seats;

    private final Clock clock;

    SeatPayments(SeatReservationRepository reservations, EventDateRepository dates,
            TicketedEventRepository events, Seats seats, Clock clock) {
        this.reservations = reservations;
        this.dates = dates;
        this.events = events;
        this.seats = seats;
        this.clock = clock;
    }

    @Override
    public void succeeded(PaymentSucceeded payment) {
        reservations.findByPaymentForUpdate(payment.aggregateId()).ifPresent(reservation -> {
            if (!reservation.memberId().equals(payment.userId())) {
                log.warn("Payment {} names payer {}, but seat reservation {} is member {}'s; ignored",
                        payment.aggregateId(), payment.userId(), reservation.id(), reservation.memberId());
                return;
            }
            if (reservation.status() != SeatReservationStatus.PAYMENT_PENDING) {
                log.warn("Payment {} succeeded after seat reservation {} called it off ({}); the wallet pays it back",
                        payment.aggregateId(), reservation.id(), reservation.status());
                return;
            }
            EventDate date = dates.findById(reservation.eventDateId()).orElseThrow();
            reservation.confirm(events.findById(reservation.eventId()).orElseThrow(), date, clock);
            seats.reserve(reservation);
            reservations.save(reservation);
            log.info("Seat reservation {} paid by payment {}: seat {} of date {} reserved for member {}", reservation.id(),
                    payment.aggregateId(), reservation.seatNumber(), reservation.eventDateId(), reservation.memberId());
        });
    }

    @Override
    public void failed(PaymentFailed payment) {
        reservations.findByPaymentForUpdate(payment.aggregateId()).ifPresent(reservation -> {
            if (reservation.status() != SeatReservationStatus.PAYMENT_PENDING) {
                return;
            }
            reservation.paymentFailed(payment.reason(), clock);
            if (reservation.status() == SeatReservationStatus.HELD) {
                seats.holdUntil(reservation, reservation.heldUntil());
            }
            else {
                seats.release(reservation);
            }
            reservations.save(reservation);
            log.info("Seat reservation {} payment {} failed ({}): now {}", reservation.id(), payment.aggregateId(),
                    payment.reason(), reservation.status());
        });
    }
}
