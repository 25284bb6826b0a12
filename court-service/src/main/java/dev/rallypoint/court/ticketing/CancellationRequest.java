package dev.rallypoint.court.ticketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a club cancels a date or an event.
 *
 * @param reason told to every holder of a seat
 */
record CancellationRequest(@NotBlank @Size(max = 500) String reason) {
}
