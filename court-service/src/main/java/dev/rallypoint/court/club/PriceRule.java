package dev.rallypoint.court.club;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A price for slots that start in a window of the day, as a percentage of each court's base price:
 * peak hours ({@code 18:00-22:00, 150}), weekends (one rule per weekend day). When several rules
 * match a slot, the highest percentage applies.
 *
 * @param label what the club calls it, e.g. "evening peak"
 * @param day the weekday it applies to; {@code null} for every day
 * @param from first slot start it applies to (inclusive), in club time
 * @param until slot starts before this time (exclusive); {@code 00:00} means end of day
 * @param percent price as a percentage of the base price, 0 to 1000
 */
@Embeddable
public record PriceRule(
        String label,
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        @Column(name = "starts_at") LocalTime from,
        @Column(name = "ends_at") LocalTime until,
        int percent) {

    public PriceRule {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (label == null || label.isBlank() || label.length() > 60) {
            throw new InvalidSchedule("price-rule-label");
        }
        if (!until.equals(LocalTime.MIDNIGHT) && !from.isBefore(until)) {
            throw new InvalidSchedule("price-rule-window");
        }
        if (percent < 0 || percent > 1000) {
            throw new InvalidSchedule("price-rule-percent");
        }
    }

    boolean appliesTo(DayOfWeek slotDay, LocalTime slotStart) {
        return (day == null || day == slotDay) && !slotStart.isBefore(from)
                && (until.equals(LocalTime.MIDNIGHT) || slotStart.isBefore(until));
    }
}
