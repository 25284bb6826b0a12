package dev.rallypoint.court.backoffice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.common.event.court.ReservationNoShow;
import dev.rallypoint.court.Actor;
import dev.rallypoint.court.club.BookableCourt;
import dev.rallypoint.court.club.BookingRules;
import dev.rallypoint.court.club.OpeningHours;
import dev.rallypoint.court.club.Schedule;
import dev.rallypoint.court.club.TimeRange;
import dev.rallypoint.court.reservation.IllegalTransition;
import dev.rallypoint.court.reservation.NotOverYet;
import dev.rallypoint.court.reservation.OutsideCheckInWindow;
import dev.rallypoint.court.reservation.Reservation;
import dev.rallypoint.court.reservation.ReservationStatus;
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

/** The reservation's check-in, no-show and completion transitions, without Spring. */
class CheckInTests {

    static final Instant START = Instant.parse("2026-11-24T10:00:00Z");

    static final Duration OPENS = Duration.ofMinutes(30);

    static final Duration CLOSES = Duration.ofMinutes(15);

    static final BookableCourt COURT = new BookableCourt(UUID.randomUUID(), UUID.randomUUID(), "1", 10_000,
            new Schedule(ZoneOffset.UTC, 60, Arrays.stream(DayOfWeek.values())
                    .map(day -> new OpeningHours(day, LocalTime.of(6, 0), LocalTime.of(22, 0))).toList()),
            BookingRules.DEFAULT, List.of(), Set.of());

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    static Reservation confirmed() {
        Clock before = at(START.minus(Duration.ofDays(1)));
        Reservation reservation = Reservation.hold(COURT, new TimeRange(START, START.plus(Duration.ofHours(1))),
                UUID.randomUUID(), Duration.ofMinutes(5), before);
        reservation.requestPayment(before);
        reservation.confirm(UUID.randomUUID(), before);
        return reservation;
    }

    @Test
    void checksInFromTheWindowsOpeningUntilJustBeforeItCloses() {
        Reservation early = confirmed();
        early.checkIn(OPENS, CLOSES, at(START.minus(OPENS)));
        Reservation late = confirmed();
        late.checkIn(OPENS, CLOSES, at(START.plus(CLOSES).minusMillis(1)));

        assertThat(early.checkedInAt()).isEqualTo(START.minus(OPENS));
        assertThat(late.checkedInAt()).isNotNull();
        assertThat(early.status()).isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void refusesACheckInOutsideTheWindow() {
        Reservation reservation = confirmed();

        assertThatThrownBy(() -> reservation.checkIn(OPENS, CLOSES, at(START.minus(OPENS).minusMillis(1))))
                .isInstanceOf(OutsideCheckInWindow.class);
        assertThatThrownBy(() -> reservation.checkIn(OPENS, CLOSES, at(START.plus(CLOSES))))
                .isInstanceOf(OutsideCheckInWindow.class);
        assertThat(reservation.checkedInAt()).isNull();
    }

    @Test
    void checkingInAgainKeepsTheFirstCheckIn() {
        Reservation reservation = confirmed();
        reservation.checkIn(OPENS, CLOSES, at(START.minusSeconds(60)));
        reservation.checkIn(OPENS, CLOSES, at(START.plusSeconds(60)));

        assertThat(reservation.checkedInAt()).isEqualTo(START.minusSeconds(60));
    }

    @Test
    void onlyAConfirmedReservationChecksIn() {
        Reservation held = Reservation.hold(COURT, new TimeRange(START, START.plus(Duration.ofHours(1))), UUID.randomUUID(),
                Duration.ofMinutes(5), at(START.minusSeconds(600)));

        assertThatThrownBy(() -> held.checkIn(OPENS, CLOSES, at(START))).isInstanceOf(IllegalTransition.class);
    }

    @Test
    void aCheckedInReservationIsNeitherCancelledNorMissed() {
        Reservation reservation = confirmed();
        reservation.checkIn(OPENS, CLOSES, at(START.minusSeconds(60)));

        assertThatThrownBy(() -> reservation.cancel(Actor.MEMBER, 0, at(START.minusSeconds(30))))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> reservation.markNoShow(0, at(START.plus(CLOSES))))
                .isInstanceOf(IllegalTransition.class);
        reservation.complete(at(START.plus(Duration.ofHours(1))));
        assertThat(reservation.status()).isEqualTo(ReservationStatus.COMPLETED);
    }

    @Test
    void aNoShowFreesTheCourtAndSaysWhatIsKept() {
        Reservation reservation = confirmed();
        assertThatThrownBy(() -> reservation.markNoShow(0, at(START.minusMillis(1)))).isInstanceOf(NotOverYet.class);

        reservation.markNoShow(3_000, at(START.plus(CLOSES)));

        assertThat(reservation.status()).isEqualTo(ReservationStatus.NO_SHOW);
        assertThat(reservation.status().isActive()).isFalse();
        assertThat(events(reservation)).last().isInstanceOfSatisfying(ReservationNoShow.class, noShow -> {
            assertThat(noShow.price()).isEqualTo(10_000);
            assertThat(noShow.kept()).isEqualTo(3_000);
        });
    }

    @SuppressWarnings("unchecked")
    static List<Object> events(Reservation reservation) {
        return List.copyOf((java.util.Collection<Object>) ReflectionTestUtils.invokeMethod(reservation, "domainEvents"));
    }
}
