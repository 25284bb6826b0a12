package dev.rallypoint.court.club;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A club's operating schedule: opening hours per weekday and the slot length, in the club's zone.
 * Slots are laid out on the time line from the opening instant, so a day on which the clocks change
 * has one slot more or fewer and never a slot that does not exist.
 */
public record Schedule(ZoneId zone, int slotMinutes, List<OpeningHours> hours) {

    public Schedule {
        if (slotMinutes < 15 || slotMinutes > 240) {
            throw new InvalidSchedule("slot-length");
        }
        Map<DayOfWeek, OpeningHours> byDay = new EnumMap<>(DayOfWeek.class);
        for (OpeningHours day : hours) {
            if (byDay.put(day.day(), day) != null) {
                throw new InvalidSchedule("one-entry-per-day");
            }
        }
        hours = byDay.values().stream().sorted(Comparator.comparing(OpeningHours::day)).toList();
    }

    public Duration slotLength() {
        return Duration.ofMinutes(slotMinutes);
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The opening interval of a date, if the club opens on that weekday. */
    public Optional<TimeRange> openOn(LocalDate date) {
        return hours.stream().filter(day -> day.day() == date.getDayOfWeek()).findFirst().map(day -> {
            Instant opens = ZonedDateTime.of(date, day.opens(), zone).toInstant();
            Instant closes = day.closesAtMidnight() ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(date, day.closes(), zone).toInstant();
            return new TimeRange(opens, closes);
        });
    }

    /** Every bookable slot of a date, in order. */
    public List<TimeRange> slotsOn(LocalDate date) {
        List<TimeRange> slots = new ArrayList<>();
        openOn(date).ifPresent(open -> {
            Instant start = open.start();
            while (!start.plus(slotLength()).isAfter(open.end())) {
                slots.add(new TimeRange(start, start.plus(slotLength())));
                start = start.plus(slotLength());
            }
        });
        return slots;
    }

    /**
     * The slots a range consists of.
     *
     * @throws OutsideOpeningHours when the range is not within one day's opening hours
     * @throws NotAlignedToSlots when it does not start and end on slot boundaries
     */
    public List<TimeRange> slotsIn(TimeRange range) {
        LocalDate date = dateOf(range.start());
        openOn(date).filter(open -> open.contains(range)).orElseThrow(OutsideOpeningHours::new);
        List<TimeRange> slots = slotsOn(date).stream().filter(range::contains).toList();
        if (slots.isEmpty() || !slots.getFirst().start().equals(range.start()) || !slots.getLast().end().equals(range.end())) {
            throw new NotAlignedToSlots(slotMinutes);
        }
        return slots;
    }

    static Schedule of(ZoneId zone, int slotMinutes, Collection<OpeningHours> hours) {
        return new Schedule(zone, slotMinutes, List.copyOf(hours));
    }
}
