package dev.rallypoint.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet windows in the member's zone, without Spring. */
class QuietHoursTests {

    final ZoneId seoul = ZoneId.of("Asia/Seoul");

    @Test
    void aMessageOutsideTheWindowGoesAtOnce() {
        Instant afternoon = Instant.parse("2026-06-01T06:00:00Z"); // 15:00 in Seoul

        assertThat(QuietHours.DEFAULT.releaseOf(afternoon, seoul)).isEqualTo(afternoon);
    }

    @Test
    void aMessageLateAtNightWaitsForTheNextMorning() {
        Instant late = Instant.parse("2026-06-01T14:30:00Z"); // 23:30 in Seoul

        assertThat(QuietHours.DEFAULT.releaseOf(late, seoul)).isEqualTo(Instant.parse("2026-06-01T23:00:00Z"));
    }

    @Test
    void aMessageAfterMidnightWaitsForTheSameMorning() {
        Instant small = Instant.parse("2026-06-01T17:00:00Z"); // 02:00 on June 2nd in Seoul

        assertThat(QuietHours.DEFAULT.releaseOf(small, seoul)).isEqualTo(Instant.parse("2026-06-01T23:00:00Z"));
    }

    @Test
    void aWindowWithinOneDayWorksToo() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));

        assertThat(lunch.releaseOf(Instant.parse("2026-06-01T03:30:00Z"), seoul)).isEqualTo(Instant.parse("2026-06-01T04:00:00Z"));
        assertThat(lunch.releaseOf(Instant.parse("2026-06-01T04:30:00Z"), seoul)).isEqualTo(Instant.parse("2026-06-01T04:30:00Z"));
    }

    @Test
    void theMorningFollowsTheWallClockAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant beforeTheChange = Instant.parse("2026-03-28T22:30:00Z"); // 23:30 CET; clocks go forward that night

        assertThat(QuietHours.DEFAULT.releaseOf(beforeTheChange, berlin)).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }

    @Test
    void anEmptyWindowIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON));
    }
}
