package dev.rallypoint.court.reservation;

import static dev.rallypoint.court.reservation.ReservationTests.NOW;
import static dev.rallypoint.court.reservation.ReservationTests.at;
import static dev.rallypoint.court.reservation.ReservationTests.held;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.court.ReservationConfirmed;
import dev.rallypoint.common.event.court.ReservationExpired;
import java.time.Duration;
import java.util.Collection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The reservation's payment verbs, without Spring. */
class ReservationPaymentTests {

    @Test
    void aRunningHoldWaitsForItsPaymentAndDoesNotExpireMeanwhile() {
        Reservation reservation = held();

        reservation.requestPayment(at(NOW.plusSeconds(60)));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.PAYMENT_PENDING);
        assertThat(reservation.isHeldPast(NOW.plus(Duration.ofHours(1)))).isFalse();
        assertThatThrownBy(() -> reservation.expire(at(NOW.plus(Duration.ofHours(1))))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void anOverdueHoldCannotBePaid() {
        Reservation reservation = held();

        assertThatThrownBy(() -> reservation.requestPayment(at(NOW.plus(Duration.ofMinutes(5)))))
                .isInstanceOf(HoldExpired.class);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void onlyAHoldIsPaidAndOnlyOnce() {
        Reservation reservation = held();
        reservation.requestPayment(at(NOW));

        assertThatThrownBy(() -> reservation.requestPayment(at(NOW))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> held().confirm(UUID.randomUUID(), at(NOW))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> held().paymentFailed("X", at(NOW))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aSuccessfulPaymentConfirmsAndSaysSo() {
        Reservation reservation = held();
        reservation.requestPayment(at(NOW));
        UUID payment = UUID.randomUUID();
        clearEvents(reservation);

        reservation.confirm(payment, at(NOW.plusSeconds(2)));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(events(reservation)).singleElement().isInstanceOfSatisfying(ReservationConfirmed.class, confirmed -> {
            assertThat(confirmed.paymentId()).isEqualTo(payment);
            assertThat(confirmed.aggregateId()).isEqualTo(reservation.id());
            assertThat(confirmed.price()).isEqualTo(reservation.price());
        });
    }

    @Test
    void aFailedPaymentHandsBackAHoldWithTimeLeftWithTheReason() {
        Reservation reservation = held();
        reservation.requestPayment(at(NOW));
        clearEvents(reservation);

        reservation.paymentFailed("INSUFFICIENT_POINTS", at(NOW.plus(Duration.ofMinutes(4))));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.paymentFailure()).isEqualTo("INSUFFICIENT_POINTS");
        assertThat(reservation.heldUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(events(reservation)).isEmpty();

        reservation.requestPayment(at(NOW.plus(Duration.ofMinutes(4))));
        assertThat(reservation.paymentFailure()).isNull();
    }

    @Test
    void aFailedPaymentAfterTheDeadlineExpiresTheHold() {
        Reservation reservation = held();
        reservation.requestPayment(at(NOW));
        clearEvents(reservation);

        reservation.paymentFailed("PAYMENT_TIMEOUT", at(NOW.plus(Duration.ofMinutes(5))));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(reservation.paymentFailure()).isEqualTo("PAYMENT_TIMEOUT");
        assertThat(events(reservation)).singleElement().isInstanceOf(ReservationExpired.class);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Object> events(Reservation reservation) {
        return (Collection<Object>) ReflectionTestUtils.invokeMethod(reservation, "domainEvents");
    }

    private static void clearEvents(Reservation reservation) {
        ReflectionTestUtils.invokeMethod(reservation, "clearDomainEvents");
    }
}
