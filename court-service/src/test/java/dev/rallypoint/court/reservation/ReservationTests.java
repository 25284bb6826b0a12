package dev.rallypoint.court.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.court.ReservationCancelled;
import dev.rallypoint.common.event.court.ReservationExpired;
import dev.rallypoint.common.event.court.ReservationHeld;
import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.BookingRules;
import dev.rallypoint.court.club.OpeningHours;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.court.club.TimeRange;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ReservationTests {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final BookableCourt COURT = new BookableCourt(UUID.randomUUID(), UUID.randomUUID(), "1", 10_000,
            new Schedule(ZoneOffset.UTC, 60, Arrays.stream(DayOfWeek.values())
                    .map(day -> new OpeningHours(day, LocalTime.of(6, 0), LocalTime.of(22, 0))).toList()),
            BookingRules.DEFAULT, List.of(), Set.of());

    static final TimeRange TEN_TO_ELEVEN = new TimeRange(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"));

    static Reservation held() {
        return Reservation.hold(COURT, TEN_TO_ELEVEN, UUID.randomUUID(), Duration.ofMinutes(5), CLOCK);
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void aHoldIsHeldForItsDurationAtTheCourtsPriceAndSaysSo() {
        Reservation reservation = held();

        assertThat(reservation.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(reservation.heldUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(reservation.price()).isEqualTo(10_000);
        assertThat(events(reservation)).singleElement().isInstanceOf(ReservationHeld.class);
    }

    @Test
    void aHoldExpiresOnlyOnceItsDeadlinePassed() {
        Reservation reservation = held();

        assertThatThrownBy(() -> reservation.expire(at(NOW.plusSeconds(299)))).isInstanceOf(IllegalTransition.class);
        reservation.expire(at(NOW.plusSeconds(300)));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(events(reservation)).last().isInstanceOf(ReservationExpired.class);
        assertThatThrownBy(() -> reservation.cancel(Actor.MEMBER, 0, CLOCK)).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void nothingIsCancelledOnceItsTimeBegan() {
        Reservation reservation = held();

        assertThatThrownBy(() -> reservation.cancel(Actor.ADMIN, 0, at(TEN_TO_ELEVEN.start()))).isInstanceOf(AlreadyStarted.class);
        reservation.cancel(Actor.ADMIN, 0, CLOCK);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(events(reservation)).last().isInstanceOfSatisfying(ReservationCancelled.class,
                cancelled -> assertThat(cancelled.previousStatus()).isEqualTo("HELD"));
    }

    @Test
    void onlyAConfirmedReservationGetsAnOutcomeAndOnlyAfterItsTime() {
        Reservation reservation = held();
        assertThatThrownBy(() -> reservation.complete(at(TEN_TO_ELEVEN.end()))).isInstanceOf(IllegalTransition.class);

        ReflectionTestUtils.setField(reservation, "status", ReservationStatus.CONFIRMED);

        assertThatThrownBy(() -> reservation.complete(at(TEN_TO_ELEVEN.end().minusSeconds(1)))).isInstanceOf(NotOverYet.class);
        assertThatThrownBy(() -> reservation.markNoShow(at(TEN_TO_ELEVEN.start().minusSeconds(1)))).isInstanceOf(NotOverYet.class);
        reservation.markNoShow(at(TEN_TO_ELEVEN.start().plusSeconds(600)));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.NO_SHOW);
    }

    @Test
    void aMemberPaysTheFeeOnlyForAConfirmedReservationCancelledAfterTheDeadline() {
        CancellationPolicy policy = new CancellationPolicy(BookingRules.DEFAULT);
        Reservation reservation = held();
        Instant deadline = TEN_TO_ELEVEN.start().minus(Duration.ofHours(24));

        assertThat(policy.feeFor(reservation, Actor.MEMBER, deadline.plusSeconds(1))).as("unpaid hold").isZero();
        ReflectionTestUtils.setField(reservation, "status", ReservationStatus.CONFIRMED);
        assertThat(policy.feeFor(reservation, Actor.MEMBER, deadline.minusSeconds(1))).isZero();
        assertThat(policy.feeFor(reservation, Actor.MEMBER, deadline)).isEqualTo(5_000);
        assertThat(policy.feeFor(reservation, Actor.MANAGER, deadline.plusSeconds(1))).isZero();
        assertThat(policy.feeFor(reservation, Actor.ADMIN, deadline.plusSeconds(1))).isZero();
    }

    @SuppressWarnings("unchecked")
    static List<Object> events(Reservation reservation) {
        return List.copyOf((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(reservation, "domainEvents"));
    }
}
