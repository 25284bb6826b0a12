package dev.rallypoint.match.openmatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rallypoint.match.matching.GameType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The open match's own rules, without Spring: places, levels, the leave deadline, the publisher's call-off. */
class OpenMatchTests {

    static final Instant NOW = Instant.parse("2026-12-10T09:00:00Z");

    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final BigDecimal LEVEL = new BigDecimal("3.5");

    final UUID publisher = UUID.randomUUID();

    @Test
    void aDoublesMatchFillsItsPlacesAndThenRefusesTheNextPlayer() {
        OpenMatch match = publish(GameType.DOUBLES, true, 3, NOW.plus(Duration.ofDays(1)));

        match.join(UUID.randomUUID(), LEVEL, CLOCK);
        match.join(UUID.randomUUID(), LEVEL, CLOCK);
        assertThat(match.status()).isEqualTo(OpenMatchStatus.OPEN);
        match.join(UUID.randomUUID(), LEVEL, CLOCK);

        assertThat(match.status()).isEqualTo(OpenMatchStatus.FULL);
        assertThat(match.taken()).isEqualTo(3);
        assertThatThrownBy(() -> match.join(UUID.randomUUID(), LEVEL, CLOCK)).isInstanceOf(OpenMatchFull.class);
    }

    @Test
    void placesAreWhatTheGameTypeLeavesBesidesAPlayingPublisher() {
        assertThatThrownBy(() -> publish(GameType.SINGLES, true, 2, NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidOpenMatch.class);
        assertThatThrownBy(() -> publish(GameType.DOUBLES, true, 0, NOW.plus(Duration.ofDays(1))))
                .isInstanceOf(InvalidOpenMatch.class);
        assertThat(publish(GameType.SINGLES, false, 2, NOW.plus(Duration.ofDays(1))).places()).isEqualTo(2);
        assertThat(publish(GameType.DOUBLES, false, 4, NOW.plus(Duration.ofDays(1))).publisherPlays()).isFalse();
    }

    @Test
    void aReservationThatStartedCannotBeOffered() {
        assertThatThrownBy(() -> publish(GameType.SINGLES, true, 1, NOW)).isInstanceOf(ReservationNotUsable.class);
    }

    @Test
    void aPlayerOutsideTheLevelRangeOrAlreadyInIsRefused() {
        OpenMatch match = publish(GameType.DOUBLES, true, 3, NOW.plus(Duration.ofDays(1)));
        UUID player = UUID.randomUUID();
        match.join(player, LEVEL, CLOCK);

        assertThatThrownBy(() -> match.join(UUID.randomUUID(), new BigDecimal("4.5"), CLOCK))
                .isInstanceOf(LevelOutOfRange.class);
        assertThatThrownBy(() -> match.join(player, LEVEL, CLOCK)).isInstanceOf(AlreadyJoined.class);
        assertThatThrownBy(() -> match.join(publisher, LEVEL, CLOCK)).isInstanceOf(AlreadyJoined.class);
    }

    @Test
    void leavingBeforeTheDeadlineFreesThePlaceAndAfterItIsRefused() {
        OpenMatch match = publish(GameType.SINGLES, true, 1, NOW.plus(Duration.ofHours(5)));
        UUID player = UUID.randomUUID();
        match.join(player, LEVEL, CLOCK);

        match.leave(player, CLOCK);
        assertThat(match.status()).isEqualTo(OpenMatchStatus.OPEN);
        assertThat(match.taken()).isZero();
        UUID next = UUID.randomUUID();
        match.join(next, LEVEL, CLOCK);

        Clock late = Clock.offset(CLOCK, Duration.ofHours(3));
        assertThat(match.leaveBy()).isEqualTo(NOW.plus(Duration.ofHours(3)));
        assertThatThrownBy(() -> match.leave(next, late)).isInstanceOf(LeaveClosed.class);
        assertThatThrownBy(() -> match.leave(UUID.randomUUID(), CLOCK)).isInstanceOf(NotJoined.class);
    }

    @Test
    void onlyThePublisherCallsItOffAndThenNobodyJoins() {
        OpenMatch match = publish(GameType.SINGLES, true, 1, NOW.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> match.cancel(UUID.randomUUID(), CLOCK)).isInstanceOf(NotPublisher.class);
        match.cancel(publisher, CLOCK);

        assertThat(match.status()).isEqualTo(OpenMatchStatus.CANCELLED);
        assertThatThrownBy(() -> match.join(UUID.randomUUID(), LEVEL, CLOCK)).isInstanceOf(OpenMatchNotOpen.class);
        assertThatThrownBy(() -> match.cancel(publisher, CLOCK)).isInstanceOf(OpenMatchNotOpen.class);
    }

    @Test
    void aReservationEndedAtCourtServiceCallsItOffOnce() {
        OpenMatch match = publish(GameType.SINGLES, true, 1, NOW.plus(Duration.ofDays(1)));

        match.reservationEnded(CLOCK);
        match.reservationEnded(Clock.offset(CLOCK, Duration.ofMinutes(1)));

        assertThat(match.status()).isEqualTo(OpenMatchStatus.CANCELLED);
        assertThat(match.cancelReason()).isEqualTo(CancelReason.RESERVATION_ENDED);
        assertThatThrownBy(() -> match.join(UUID.randomUUID(), LEVEL, CLOCK)).isInstanceOf(OpenMatchNotOpen.class);
    }

    private OpenMatch publish(GameType type, boolean plays, int places, Instant start) {
        return OpenMatch.publish(publisher, plays, new OpenMatch.Offer(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), start, start.plus(Duration.ofHours(1)), type, new BigDecimal("3.0"),
                new BigDecimal("4.0"), places), Duration.ofHours(2), CLOCK);
    }
}
