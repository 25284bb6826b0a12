package dev.rallypoint.court.ticketing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A new ticketed event.
 *
 * @param dates when each date starts; every date gets seats 1 to {@code seatsPerDate}
 * @param highDemand whether the sale is expected to need the waiting room (the gates themselves are
 *        opened in queue-service, named {@code event-date-<dateId>})
 */
record EventRequest(
        @NotBlank @Size(max = 120) String title,
        @NotNull UUID clubId,
        @NotEmpty @Size(max = 30) List<@NotNull Instant> dates,
        @NotNull @Min(1) @Max(500) Integer seatsPerDate,
        @NotNull @Min(0) @Max(100_000_000) Long pricePerSeat,
        Boolean highDemand) {

    @Override
    public Boolean highDemand() {
        return Boolean.TRUE.equals(highDemand);
    }
}
