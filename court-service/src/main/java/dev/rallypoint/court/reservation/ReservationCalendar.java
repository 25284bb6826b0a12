package dev.rallypoint.court.reservation;

import dev.rallypoint.court.club.TimeRange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** When a court is occupied by reservations, for whoever shows its free time. */
@Component
@Transactional(readOnly = true)
public class ReservationCalendar {

    private final ReservationRepository repository;

    private final Clock clock;

    ReservationCalendar(ReservationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The ranges active reservations occupy within a window; a hold past its deadline occupies nothing. */
    public List<TimeRange> occupied(UUID courtId, TimeRange window) {
        Instant now = clock.instant();
        return repository.findActiveOverlapping(courtId, window.start(), window.end()).stream()
                .filter(reservation -> !reservation.isHeldPast(now))
                .map(Reservation::range)
                .toList();
    }
}
