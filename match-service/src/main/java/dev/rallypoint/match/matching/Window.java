package dev.rallypoint.match.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A span of real time, start inclusive and end exclusive. Players enter windows as local times of the
 * clubs' zone; they are turned into instants once, so a window across a daylight-saving change is as long
 * as the time that really passes.
 */
public record Window(Instant start, Instant end) {

    public Window {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("A window ends after it starts");
        }
    }

    /** The window between two local times of a zone (a time skipped by a DST change moves forward). */
    public static Window local(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new Window(start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(Window other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The time both windows share, if any. */
    public Optional<Window> intersect(Window other) {
        Instant from = start.isAfter(other.start) ? start : other.start;
        Instant to = end.isBefore(other.end) ? end : other.end;
        return from.isBefore(to) ? Optional.of(new Window(from, to)) : Optional.empty();
    }
}
