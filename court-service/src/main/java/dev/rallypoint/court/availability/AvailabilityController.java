package dev.rallypoint.court.availability;

import dev.rallypoint.court.Paged;
import dev.rallypoint.court.club.InvalidTimeRange;
import dev.rallypoint.court.club.Surface;
import dev.rallypoint.court.club.TimeRange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Free slots and court search, open to anyone. */
@RestController
class AvailabilityController {

    private final Availability availability;

    private final CourtSearch search;

    AvailabilityController(Availability availability, CourtSearch search) {
        this.availability = availability;
        this.search = search;
    }

    /** One date ({@code date}) or a range of dates ({@code from}, {@code to}, inclusive), in the club's zone. */
    @GetMapping("/api/v1/courts/{courtId}/availability")
    CourtAvailability availability(@PathVariable UUID courtId, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to) {
        if (date != null) {
            return availability.of(courtId, date, date);
        }
        if (from == null) {
            throw new InvalidDateRange(Availability.MAX_DAYS);
        }
        return availability.of(courtId, from, to == null ? from : to);
    }

    @GetMapping("/api/v1/courts")
    Paged<CourtMatch> search(@RequestParam(required = false) String region, @RequestParam(required = false) Surface surface,
            @RequestParam(required = false) Boolean indoor, @RequestParam(required = false) @Min(0) Long minPrice,
            @RequestParam(required = false) @Min(0) Long maxPrice, @RequestParam(required = false) Instant freeFrom,
            @RequestParam(required = false) Instant freeTo, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        TimeRange window = null;
        if (freeFrom != null || freeTo != null) {
            if (freeFrom == null || freeTo == null) {
                throw new InvalidTimeRange();
            }
            window = new TimeRange(freeFrom, freeTo);
        }
        return search.search(new CourtSearch.Criteria(region, surface, indoor, minPrice, maxPrice, window), page, size);
    }
}
