package dev.rallypoint.court.club;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When a club is open on one weekday, in the club's time zone. A closing time of {@code 00:00}
 * means midnight at the end of the day.
 */
@Embeddable
public record OpeningHours(
        @Enumerated(EnumType.STRING) @Column(name = "day_of_week") DayOfWeek day,
        @Column(name = "opens_at") LocalTime opens,
        @Column(name = "closes_at") LocalTime closes) {

    public OpeningHours {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new InvalidSchedule("opens-before-closes");
        }
    }

    boolean closesAtMidnight() {
        return closes.equals(LocalTime.MIDNIGHT);
    }
}
