package dev.rallypoint.court.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleTests {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Schedule allDay(ZoneId zone, int slotMinutes) {
        return new Schedule(zone, slotMinutes,
                Arrays.stream(DayOfWeek.values()).map(day -> new OpeningHours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)).toList());
    }

    static Instant at(String localDateTime, ZoneId zone) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void aDayWhenClocksGoForwardHasOneSlotFewer() {
        List<TimeRange> slots = allDay(BERLIN, 60).slotsOn(LocalDate.of(2026, 3, 29));

        assertThat(slots).hasSize(23);
        assertThat(slots).extracting(slot -> slot.start().atZone(BERLIN).toLocalTime())
                .doesNotContain(LocalTime.of(2, 0)).contains(LocalTime.of(1, 0), LocalTime.of(3, 0));
        assertThat(slots.getLast().end()).isEqualTo(at("2026-03-30T00:00", BERLIN));
    }

    @Test
    void aDayWhenClocksGoBackHasOneSlotMoreAndEverySlotLastsItsLength() {
        List<TimeRange> slots = allDay(BERLIN, 60).slotsOn(LocalDate.of(2026, 10, 25));

        assertThat(slots).hasSize(25);
        assertThat(slots).allSatisfy(slot -> assertThat(slot.duration().toMinutes()).isEqualTo(60));
        assertThat(slots).extracting(slot -> slot.start().atZone(BERLIN).toLocalTime())
                .filteredOn(time -> time.equals(LocalTime.of(2, 0))).hasSize(2);
    }

    @Test
    void ordinaryOpeningHoursFollowTheClubsWallClockAcrossTheChange() {
        Schedule schedule = new Schedule(BERLIN, 60, List.of(new OpeningHours(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(22, 0))));

        List<TimeRange> before = schedule.slotsOn(LocalDate.of(2026, 3, 22));
        List<TimeRange> changeDay = schedule.slotsOn(LocalDate.of(2026, 3, 29));

        assertThat(before).hasSize(14);
        assertThat(changeDay).hasSize(14);
        assertThat(changeDay.getFirst().start()).isEqualTo(ZonedDateTime.of(2026, 3, 29, 8, 0, 0, 0, BERLIN).toInstant());
        assertThat(changeDay.getFirst().start().toString()).isEqualTo("2026-03-29T06:00:00Z");
        assertThat(before.getFirst().start().toString()).isEqualTo("2026-03-22T07:00:00Z");
    }

    @Test
    void aRangeMustLieOnTheSlotGridWithinOpeningHours() {
        Schedule schedule = new Schedule(ZoneId.of("Asia/Seoul"), 30,
                List.of(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(6, 0), LocalTime.of(22, 0))));
        ZoneId seoul = ZoneId.of("Asia/Seoul");

        assertThat(schedule.slotsIn(new TimeRange(at("2026-11-23T10:00", seoul), at("2026-11-23T11:30", seoul)))).hasSize(3);
        assertThatThrownBy(() -> schedule.slotsIn(new TimeRange(at("2026-11-23T10:15", seoul), at("2026-11-23T11:15", seoul))))
                .isInstanceOf(NotAlignedToSlots.class);
        assertThatThrownBy(() -> schedule.slotsIn(new TimeRange(at("2026-11-23T21:30", seoul), at("2026-11-23T22:30", seoul))))
                .isInstanceOf(OutsideOpeningHours.class);
        assertThatThrownBy(() -> schedule.slotsIn(new TimeRange(at("2026-11-24T10:00", seoul), at("2026-11-24T11:00", seoul))))
                .as("closed on Tuesdays").isInstanceOf(OutsideOpeningHours.class);
        assertThatThrownBy(() -> new TimeRange(at("2026-11-23T11:00", seoul), at("2026-11-23T10:00", seoul)))
                .isInstanceOf(InvalidTimeRange.class);
    }

    @Test
    void pricesEachSlotByTheHighestMatchingRule() {
        ZoneId seoul = ZoneId.of("Asia/Seoul");
        Schedule schedule = new Schedule(seoul, 60, Arrays.stream(DayOfWeek.values())
                .map(day -> new OpeningHours(day, LocalTime.of(6, 0), LocalTime.of(22, 0))).toList());
        BookableCourt court = new BookableCourt(UUID.randomUUID(), UUID.randomUUID(), "1", 10_000, schedule, BookingRules.DEFAULT,
                List.of(new PriceRule("peak", null, LocalTime.of(18, 0), LocalTime.of(22, 0), 150),
                        new PriceRule("weekend", DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, 120)),
                Set.of());

        assertThat(court.priceOfRange(new TimeRange(at("2026-11-23T10:00", seoul), at("2026-11-23T11:00", seoul)))).isEqualTo(10_000);
        assertThat(court.priceOfRange(new TimeRange(at("2026-11-23T17:00", seoul), at("2026-11-23T19:00", seoul)))).isEqualTo(25_000);
        assertThat(court.priceOfRange(new TimeRange(at("2026-11-28T10:00", seoul), at("2026-11-28T11:00", seoul)))).isEqualTo(12_000);
        assertThat(court.priceOfRange(new TimeRange(at("2026-11-28T18:00", seoul), at("2026-11-28T19:00", seoul)))).isEqualTo(15_000);
    }
}
