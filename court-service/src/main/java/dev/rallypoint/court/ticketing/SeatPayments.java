package dev.rallypoint.court.ticketing;

import dev.rallypoint.common.event.user.PaymentFailed;
import dev.rallypoint.common.event.user.PaymentSucceeded;
import dev.rallypoint.support.messaging.ProcessedEvents;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The wallet's answers to seat payments, each handled once per event id. The listeners have their own
 * consumer group, so they see every answer next to any other payment consumer of court-service, and
 * ignore the answers to payments that are not for seats.
 */
@Component
class SeatPayments {

    static final String GROUP = "court-service-seat-payments";

    private static final Logger log = LoggerFactory.getLogger(SeatPayments.class);

    private final ProcessedEvents processed;

    private final SeatReservationRepository reservations;

    private final EventDateRepository dates;

    private final TicketedEventRepository events;

    private final Seats seats;

    private final Clock clock;

    SeatPayments(ProcessedEvents processed, SeatReservationRepository reservations, EventDateRepository dates,
            TicketedEventRepository events, Seats seats, Clock clock) {
        this.processed = processed;
        this.reservations = reservations;
        this.dates = dates;
        this.events = events;
        this.seats = seats;
        this.clock = clock;
    }

    @KafkaListener(topics = "user.payment-succeeded", groupId = GROUP)
    void on(PaymentSucceeded payment) {
        processed.once(payment, "court.seat-payment-succeeded", () -> succeeded(payment));
    }

    @KafkaListener(topics = "user.payment-failed", groupId = GROUP)
    void on(PaymentFailed payment) {
        processed.once(payment, "court.seat-payment-failed", () -> failed(payment));
    }

    private void succeeded(PaymentSucceeded payment) {
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

    private void failed(PaymentFailed payment) {
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
