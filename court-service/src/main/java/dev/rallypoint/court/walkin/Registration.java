package dev.rallypoint.court.walkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Registering a party: its size, and a phone number only when the desk registers someone without the app. */
record Registration(@NotNull @Min(1) @Max(20) Integer partySize, @Pattern(regexp = "\\+?[0-9][0-9 -]{5,18}") String phone) {
}
