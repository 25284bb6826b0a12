package dev.rallypoint.court.club;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a booking of one court is decided by: its club's schedule, rules and prices, read at
 * one moment.
 */
public record BookableCourt(UUID courtId, UUID clubId, String courtName, long basePrice, Schedule schedule,
        BookingRules rules, List<PriceRule> priceRules, Set<UUID> managers) {

    public BookableCourt {
        priceRules = List.copyOf(priceRules);
        managers = Set.copyOf(managers);
    }

    public List<TimeRange> slotsOn(LocalDate date) {
        return schedule.slotsOn(date);
    }

    /** The slots of a requested range; refuses one outside the opening hours or off the slot grid. */
    public List<TimeRange> slotsIn(TimeRange range) {
        return schedule.slotsIn(range);
    }

    /** Price of one slot: the base price scaled by the highest matching price rule, else the base price. */
    public long priceOf(TimeRange slot) {
        ZonedDateTime start = slot.start().atZone(schedule.zone());
        DayOfWeek day = start.getDayOfWeek();
        LocalTime time = start.toLocalTime();
        int percent = priceRules.stream().filter(rule -> rule.appliesTo(day, time))
                .mapToInt(PriceRule::percent).max().orElse(100);
        return Math.multiplyExact(basePrice, percent) / 100;
    }

    /** Price of a range of whole slots. */
    public long priceOfRange(TimeRange range) {
        return slotsIn(range).stream().mapToLong(this::priceOf).sum();
    }

    public boolean isManagedBy(UUID userId) {
        return managers.contains(userId);
    }
}
